import { ChangeDetectionStrategy, Component, computed, inject, input, OnInit, signal } from '@angular/core';
import { RouterLink } from '@angular/router';

import { AuthStore } from '../../../core/auth/auth-store';
import { Icon } from '../../../shared/icon/icon';
import { ConversationRequestForm } from '../../conversations-shared/conversation-request-form';
import { MANAGER_TOPIC_DESCRIPTIONS } from './conversation-topics';

// Shown on the conversation page right after it was started.
export interface ConversationStartedState {
  readonly started?: boolean;
}

// "/team/conversations/new?with=<personId>": the manager starts a career
// conversation with one of their direct reports, proposing times.
@Component({
  selector: 'app-conversation-start-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, Icon, ConversationRequestForm],
  templateUrl: './conversation-start-page.html',
  styleUrl: './conversation-start-page.scss',
})
export class ConversationStartPage implements OnInit {
  protected readonly me = inject(AuthStore).me;

  // Bound from `?with=`, e.g. from a person page.
  readonly with = input<string>();

  protected readonly reports = computed(() => this.me()?.directReports ?? []);
  protected readonly topicDescriptions = MANAGER_TOPIC_DESCRIPTIONS;
  protected readonly sentState = { started: true } satisfies ConversationStartedState;

  // The report the form's "With" picker has chosen.
  protected readonly chosenId = signal('');
  // The report's first name for the sentences around the form.
  protected readonly withName = computed(
    () =>
      this.reports()
        .find((report) => report.id === this.chosenId())
        ?.name.split(' ')[0] ?? 'they',
  );
  protected readonly timesHint = computed(
    () => `In your local time. ${this.withName() === 'they' ? 'They pick' : this.withName() + ' picks'} one.`,
  );

  ngOnInit(): void {
    const reports = this.reports();
    const chosen =
      reports.find((report) => report.id === this.with()) ?? (reports.length === 1 ? reports[0] : undefined);
    if (chosen) this.chosenId.set(chosen.id);
  }
}
