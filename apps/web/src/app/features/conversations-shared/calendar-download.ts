import { DOCUMENT, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';

import { describeApiFailure } from '../me/data/api-failure';
import { ConversationsApi } from '../me/data/conversations-api';

// The "Add to calendar (.ics)" download of a conversation page. The .ics needs
// the bearer token: fetched through HttpClient, then saved. Call in an
// injection context (a field initialiser).
export function injectCalendarDownload() {
  const api = inject(ConversationsApi);
  const document = inject(DOCUMENT);
  const downloading = signal(false);

  return {
    downloading: downloading.asReadonly(),
    // Saves the conversation's event as `fileName`. Resolves to the message to
    // show when that failed, null otherwise (or when a download is under way).
    async download(conversationId: string, fileName: string): Promise<string | null> {
      if (downloading()) return null;
      downloading.set(true);
      try {
        const blob = await firstValueFrom(api.calendar(conversationId));
        const url = URL.createObjectURL(blob);
        const link = document.createElement('a');
        link.href = url;
        link.download = fileName;
        link.click();
        setTimeout(() => URL.revokeObjectURL(url));
        return null;
      } catch (error) {
        return describeApiFailure(error).message;
      } finally {
        downloading.set(false);
      }
    },
  };
}
