import { Check, Column, Entity, Index, Unique } from 'typeorm';

import { EVIDENCE_KINDS, EVIDENCE_STATUSES, type EvidenceKind, type EvidenceStatus } from '@trellis/domain';

import { oneOf } from '../database/tenant-columns';
import { PersonRecordEntity } from '../people/person-record.entity';

/** A small case study of someone's work: the challenge, the steps, the outcome, the data. */
@Entity({ name: 'evidence' })
@Unique('evidence_organization_id_id_key', ['organizationId', 'id'])
@Check('evidence_kind_check', oneOf('kind', EVIDENCE_KINDS))
@Check('evidence_status_check', oneOf('status', EVIDENCE_STATUSES))
@Index('evidence_organization_id_person_id_occurred_on_idx', ['organizationId', 'personId', 'occurredOn'])
@Index('evidence_organization_id_status_idx', ['organizationId', 'status'])
export class EvidenceEntity extends PersonRecordEntity {
  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  kind!: EvidenceKind;

  @Column({ name: 'occurred_on', type: 'date' })
  occurredOn!: string;

  @Column({ type: 'text', default: '' })
  challenge!: string;

  @Column({ type: 'text', default: '' })
  actions!: string;

  @Column({ type: 'text', default: '' })
  outcome!: string;

  @Column({ type: 'text', default: '' })
  metrics!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  links!: string[];

  @Column({ type: 'text', default: 'submitted' })
  status!: EvidenceStatus;
}
