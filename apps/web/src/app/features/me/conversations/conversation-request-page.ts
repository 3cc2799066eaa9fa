import { Location } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { Router, RouterLink } from '@angular/router';

import { CONVERSATION_TOPICS, type ConversationTopic } from '@trellis/domain';

import { AuthStore } from '../../../core/auth/auth-store';
import { Icon } from '../../../shared/icon/icon';
import { ConversationRequestForm } from '../../conversations-shared/conversation-request-form';
import type { ConversationRequestState } from '../aspiration/tell-manager';
import { TOPIC_DESCRIPTIONS } from './conversation-labels';

const asTopic = (value: string | undefined): ConversationTopic | undefined =>
  CONVERSATION_TOPICS.find((topic) => topic === value);

// Shown on the conversation page right after the request went out.
export interface ConversationCreatedState {
  readonly requested?: boolean;
}

// "/me/conversations/new": the IC asks their manager for a career conversation.
@Component({
  selector: 'app-conversation-request-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, Icon, ConversationRequestForm],
  templateUrl: './conversation-request-page.html',
  styleUrl: './conversation-request-page.scss',
})
export class ConversationRequestPage {
  readonly #router = inject(Router);
  readonly #location = inject(Location);

  protected readonly me = inject(AuthStore).me;

  // Bound from `?topic=`, e.g. from "Tell my manager" on the aspiration page.
  readonly topic = input<string>();

  protected readonly asTopic = asTopic;
  protected readonly topicDescriptions = TOPIC_DESCRIPTIONS;
  protected readonly sentState = { requested: true } satisfies ConversationCreatedState;

  // The agenda "Tell my manager" wrote, from the navigation that opened the page.
  readonly #state = (this.#router.currentNavigation()?.extras.state ?? this.#location.getState()) as
    ConversationRequestState | null | undefined;
  protected readonly agenda = typeof this.#state?.agenda === 'string' ? this.#state.agenda : undefined;
}
