import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddCareerDomain1795320948651 implements MigrationInterface {
  name = 'AddCareerDomain1795320948651';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "people" DROP CONSTRAINT "FK_6b7b841de9de9db18199f718ee9"
        `);
    await queryRunner.query(`
            ALTER TABLE "people" DROP CONSTRAINT "FK_acb51d0935144495a95523ef99f"
        `);
    await queryRunner.query(`
            ALTER TABLE "auth_sessions" DROP CONSTRAINT "FK_0390a7dee2af4aa5aa3ef39b944"
        `);
    await queryRunner.query(`
            CREATE TABLE "frameworks" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organization_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "name" text NOT NULL,
                "version" integer NOT NULL,
                "status" text NOT NULL,
                "published_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "frameworks_organization_id_name_version_key" UNIQUE ("organization_id", "name", "version"),
                CONSTRAINT "frameworks_organization_id_id_key" UNIQUE ("organization_id", "id"),
                CONSTRAINT "frameworks_status_check" CHECK ("status" IN ('draft', 'published')),
                CONSTRAINT "PK_23e178ce62668c9ce2036b7a3c2" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "frameworks_organization_id_status_idx" ON "frameworks" ("organization_id", "status")
        `);
    await queryRunner.query(`
            CREATE TABLE "tracks" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organization_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "framework_id" uuid NOT NULL,
                "key" text NOT NULL,
                "name" text NOT NULL,
                "kind" text NOT NULL,
                "discipline" text NOT NULL,
                CONSTRAINT "tracks_framework_id_key_key" UNIQUE ("framework_id", "key"),
                CONSTRAINT "tracks_organization_id_id_key" UNIQUE ("organization_id", "id"),
                CONSTRAINT "tracks_kind_check" CHECK ("kind" IN ('ic', 'management')),
                CONSTRAINT "PK_242a37ffc7870380f0e611986e8" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "tracks_organization_id_framework_id_idx" ON "tracks" ("organization_id", "framework_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "levels" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organization_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "track_id" uuid NOT NULL,
                "key" text NOT NULL,
                "name" text NOT NULL,
                "rank" integer NOT NULL,
                "is_lead" boolean NOT NULL DEFAULT false,
                CONSTRAINT "levels_track_id_key_key" UNIQUE ("track_id", "key"),
                CONSTRAINT "levels_track_id_rank_key" UNIQUE ("track_id", "rank"),
                CONSTRAINT "levels_organization_id_id_key" UNIQUE ("organization_id", "id"),
                CONSTRAINT "PK_05f8dd8f715793c64d49e3f1901" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "levels_organization_id_track_id_idx" ON "levels" ("organization_id", "track_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "audit_events" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organization_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "actor_id" uuid,
                "action" text NOT NULL,
                "target_type" text NOT NULL,
                "target_id" uuid,
                "subject_person_id" uuid,
                "correlation_id" text,
                "details" jsonb NOT NULL DEFAULT '{}',
                CONSTRAINT "PK_910f64d901a5c3e9878f0d4a407" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "audit_events_organization_id_subject_person_id_created_at_idx" ON "audit_events" (
                "organization_id",
                "subject_person_id",
                "created_at"
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "audit_events_organization_id_created_at_idx" ON "audit_events" ("organization_id", "created_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "criteria" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organization_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "framework_id" uuid NOT NULL,
                "key" text NOT NULL,
                "name" text NOT NULL,
                "theme" text NOT NULL,
                "description" text NOT NULL,
                CONSTRAINT "criteria_framework_id_key_key" UNIQUE ("framework_id", "key"),
                CONSTRAINT "criteria_organization_id_id_key" UNIQUE ("organization_id", "id"),
                CONSTRAINT "PK_91cd5f7ff7be5ade9bca5b98cfb" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "criteria_organization_id_framework_id_idx" ON "criteria" ("organization_id", "framework_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "growth_plans" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organization_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "deleted_at" TIMESTAMP WITH TIME ZONE,
                "version" integer NOT NULL DEFAULT '1',
                "person_id" uuid NOT NULL,
                "status" text NOT NULL DEFAULT 'active',
                CONSTRAINT "growth_plans_organization_id_id_key" UNIQUE ("organization_id", "id"),
                CONSTRAINT "growth_plans_status_check" CHECK ("status" IN ('active', 'archived')),
                CONSTRAINT "PK_a0ad6dd6075bd076834b0ea9751" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "growth_plans_active_person_id_key" ON "growth_plans" ("person_id")
            WHERE "status" = 'active'
                AND "deleted_at" IS NULL
        `);
    await queryRunner.query(`
            CREATE TABLE "goals" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organization_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "deleted_at" TIMESTAMP WITH TIME ZONE,
                "version" integer NOT NULL DEFAULT '1',
                "plan_id" uuid NOT NULL,
                "criterion_id" uuid NOT NULL,
                "title" text NOT NULL,
                "notes" text NOT NULL DEFAULT '',
                "status" text NOT NULL DEFAULT 'planned',
                "position" integer NOT NULL DEFAULT '0',
                CONSTRAINT "goals_organization_id_id_key" UNIQUE ("organization_id", "id"),
                CONSTRAINT "goals_status_check" CHECK (
                    "status" IN ('planned', 'in_progress', 'done', 'dropped')
                ),
                CONSTRAINT "PK_26e17b251afab35580dff769223" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "goals_organization_id_plan_id_idx" ON "goals" ("organization_id", "plan_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "growth_actions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organization_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "deleted_at" TIMESTAMP WITH TIME ZONE,
                "version" integer NOT NULL DEFAULT '1',
                "goal_id" uuid NOT NULL,
                "kind" text NOT NULL,
                "title" text NOT NULL,
                "notes" text NOT NULL DEFAULT '',
                "due_on" date,
                "status" text NOT NULL DEFAULT 'planned',
                "follow_up_on" date,
                "thank_you_sent" boolean NOT NULL DEFAULT false,
                CONSTRAINT "growth_actions_organization_id_id_key" UNIQUE ("organization_id", "id"),
                CONSTRAINT "growth_actions_status_check" CHECK (
                    "status" IN ('planned', 'in_progress', 'done', 'dropped')
                ),
                CONSTRAINT "growth_actions_kind_check" CHECK (
                    "kind" IN (
                        'stretch_assignment',
                        'cross_functional_project',
                        'side_project',
                        'volunteer_project',
                        'teach_or_document',
                        'find_mentor',
                        'informational_interview',
                        'course',
                        'shadowing'
                    )
                ),
                CONSTRAINT "PK_30bc90b9074aad7c273e6d65bc7" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "growth_actions_organization_id_due_on_idx" ON "growth_actions" ("organization_id", "due_on")
        `);
    await queryRunner.query(`
            CREATE INDEX "growth_actions_organization_id_goal_id_idx" ON "growth_actions" ("organization_id", "goal_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "conversations" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organization_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "deleted_at" TIMESTAMP WITH TIME ZONE,
                "version" integer NOT NULL DEFAULT '1',
                "report_id" uuid NOT NULL,
                "manager_id" uuid NOT NULL,
                "requester_id" uuid NOT NULL,
                "topic" text NOT NULL,
                "agenda" text NOT NULL DEFAULT '',
                "proposed_times" TIMESTAMP WITH TIME ZONE array NOT NULL DEFAULT '{}',
                "status" text NOT NULL DEFAULT 'requested',
                "scheduled_at" TIMESTAMP WITH TIME ZONE,
                "decline_reason" text,
                "held_at" TIMESTAMP WITH TIME ZONE,
                "calendar_sequence" integer NOT NULL DEFAULT '0',
                CONSTRAINT "conversations_organization_id_id_key" UNIQUE ("organization_id", "id"),
                CONSTRAINT "conversations_scheduled_at_check" CHECK (
                    "status" <> 'scheduled'
                    OR "scheduled_at" IS NOT NULL
                ),
                CONSTRAINT "conversations_requester_is_participant_check" CHECK ("requester_id" IN ("report_id", "manager_id")),
                CONSTRAINT "conversations_status_check" CHECK (
                    "status" IN (
                        'requested',
                        'scheduled',
                        'held',
                        'declined',
                        'cancelled'
                    )
                ),
                CONSTRAINT "conversations_topic_check" CHECK (
                    "topic" IN (
                        'aspiration',
                        'growth_plan_review',
                        'promotion_readiness',
                        'lateral_move',
                        'feedback'
                    )
                ),
                CONSTRAINT "PK_ee34f4f7ced4ec8681f26bf04ef" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "conversations_organization_id_manager_id_status_idx" ON "conversations" ("organization_id", "manager_id", "status")
        `);
    await queryRunner.query(`
            CREATE INDEX "conversations_organization_id_report_id_status_idx" ON "conversations" ("organization_id", "report_id", "status")
        `);
    await queryRunner.query(`
            CREATE TABLE "action_items" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organization_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "deleted_at" TIMESTAMP WITH TIME ZONE,
                "version" integer NOT NULL DEFAULT '1',
                "conversation_id" uuid NOT NULL,
                "owner_id" uuid NOT NULL,
                "title" text NOT NULL,
                "due_on" date,
                "done" boolean NOT NULL DEFAULT false,
                "growth_action_id" uuid,
                CONSTRAINT "PK_5a84b168b001636b379312104ab" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "action_items_organization_id_owner_id_done_idx" ON "action_items" ("organization_id", "owner_id", "done")
        `);
    await queryRunner.query(`
            CREATE INDEX "action_items_organization_id_conversation_id_idx" ON "action_items" ("organization_id", "conversation_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "conversation_notes" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organization_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "conversation_id" uuid NOT NULL,
                "visibility" text NOT NULL,
                "author_id" uuid NOT NULL,
                "body" text NOT NULL DEFAULT '',
                "version" integer NOT NULL DEFAULT '1',
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "conversation_notes_visibility_check" CHECK ("visibility" IN ('shared', 'private')),
                CONSTRAINT "PK_0fc0c744d3d55f9562d9e382050" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "conversation_notes_private_key" ON "conversation_notes" ("conversation_id", "author_id")
            WHERE "visibility" = 'private'
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "conversation_notes_shared_key" ON "conversation_notes" ("conversation_id")
            WHERE "visibility" = 'shared'
        `);
    await queryRunner.query(`
            CREATE TABLE "evidence" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organization_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "deleted_at" TIMESTAMP WITH TIME ZONE,
                "version" integer NOT NULL DEFAULT '1',
                "person_id" uuid NOT NULL,
                "title" text NOT NULL,
                "kind" text NOT NULL,
                "occurred_on" date NOT NULL,
                "challenge" text NOT NULL DEFAULT '',
                "actions" text NOT NULL DEFAULT '',
                "outcome" text NOT NULL DEFAULT '',
                "metrics" text NOT NULL DEFAULT '',
                "links" text array NOT NULL DEFAULT '{}',
                "status" text NOT NULL DEFAULT 'submitted',
                CONSTRAINT "evidence_organization_id_id_key" UNIQUE ("organization_id", "id"),
                CONSTRAINT "evidence_status_check" CHECK (
                    "status" IN (
                        'submitted',
                        'accepted',
                        'needs_more',
                        'declined'
                    )
                ),
                CONSTRAINT "evidence_kind_check" CHECK (
                    "kind" IN (
                        'project_case_study',
                        'artifact_playbook',
                        'teaching',
                        'mentoring',
                        'cross_functional_project',
                        'side_project',
                        'feedback_received',
                        'informational_interview',
                        'course'
                    )
                ),
                CONSTRAINT "PK_b864cb5d49854f89917fc0b44b9" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "evidence_organization_id_status_idx" ON "evidence" ("organization_id", "status")
        `);
    await queryRunner.query(`
            CREATE INDEX "evidence_organization_id_person_id_occurred_on_idx" ON "evidence" ("organization_id", "person_id", "occurred_on")
        `);
    await queryRunner.query(`
            CREATE TABLE "evidence_criteria" (
                "evidence_id" uuid NOT NULL,
                "criterion_id" uuid NOT NULL,
                "organization_id" uuid NOT NULL,
                CONSTRAINT "PK_90a062f25917b461ca5fd27be8e" PRIMARY KEY ("evidence_id", "criterion_id", "organization_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "evidence_criteria_organization_id_criterion_id_idx" ON "evidence_criteria" ("organization_id", "criterion_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "evidence_reviews" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organization_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "evidence_id" uuid NOT NULL,
                "reviewer_id" uuid NOT NULL,
                "decision" text NOT NULL,
                "comment" text NOT NULL DEFAULT '',
                "strength" text,
                "evidence_version" integer NOT NULL,
                CONSTRAINT "evidence_reviews_strength_check" CHECK (
                    "strength" IS NULL
                    OR "strength" IN ('below', 'meets', 'exceeds')
                ),
                CONSTRAINT "evidence_reviews_decision_check" CHECK (
                    "decision" IN ('accepted', 'needs_more', 'declined')
                ),
                CONSTRAINT "PK_03844b12c921eae5efa27e7ac09" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "evidence_reviews_organization_id_reviewer_id_idx" ON "evidence_reviews" ("organization_id", "reviewer_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "evidence_reviews_organization_id_evidence_id_created_at_idx" ON "evidence_reviews" ("organization_id", "evidence_id", "created_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "expectations" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organization_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "criterion_id" uuid NOT NULL,
                "level_id" uuid NOT NULL,
                "proficiency" smallint NOT NULL,
                "description" text NOT NULL,
                CONSTRAINT "expectations_criterion_id_level_id_key" UNIQUE ("criterion_id", "level_id"),
                CONSTRAINT "expectations_proficiency_check" CHECK (
                    "proficiency" BETWEEN 0 AND 4
                ),
                CONSTRAINT "PK_93097bcea292f216d6232f54717" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "expectations_organization_id_level_id_idx" ON "expectations" ("organization_id", "level_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "track_paths" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organization_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "from_track_id" uuid NOT NULL,
                "to_track_id" uuid NOT NULL,
                "kind" text NOT NULL,
                CONSTRAINT "track_paths_from_track_id_to_track_id_key" UNIQUE ("from_track_id", "to_track_id"),
                CONSTRAINT "track_paths_kind_check" CHECK ("kind" IN ('track_switch', 'lateral')),
                CONSTRAINT "PK_651a02c3c6824230f93685880a7" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "track_paths_organization_id_to_track_id_idx" ON "track_paths" ("organization_id", "to_track_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "aspirations" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organization_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "deleted_at" TIMESTAMP WITH TIME ZONE,
                "version" integer NOT NULL DEFAULT '1',
                "person_id" uuid NOT NULL,
                "target_level_id" uuid NOT NULL,
                "statement" text NOT NULL DEFAULT '',
                "motivations" text NOT NULL DEFAULT '',
                "strengths" text NOT NULL DEFAULT '',
                "horizon" date,
                "shared_with_hr" boolean NOT NULL DEFAULT false,
                CONSTRAINT "PK_a5cef809879736163db00849509" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "aspirations_organization_id_target_level_id_idx" ON "aspirations" ("organization_id", "target_level_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "aspirations_person_id_key" ON "aspirations" ("person_id")
            WHERE "deleted_at" IS NULL
        `);
    await queryRunner.query(`
            CREATE TABLE "moves" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organization_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "person_id" uuid NOT NULL,
                "kind" text NOT NULL,
                "occurred_on" date NOT NULL,
                "internal" boolean NOT NULL,
                "from_level_id" uuid,
                "to_level_id" uuid,
                "from_team_id" uuid,
                "to_team_id" uuid,
                CONSTRAINT "moves_kind_check" CHECK (
                    "kind" IN (
                        'hire',
                        'promotion',
                        'lateral',
                        'track_switch',
                        'exit'
                    )
                ),
                CONSTRAINT "PK_fcbf4e07f988d7d37d00e933133" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "moves_organization_id_to_team_id_idx" ON "moves" ("organization_id", "to_team_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "moves_organization_id_person_id_occurred_on_idx" ON "moves" ("organization_id", "person_id", "occurred_on")
        `);
    await queryRunner.query(`
            CREATE INDEX "moves_organization_id_occurred_on_idx" ON "moves" ("organization_id", "occurred_on")
        `);
    await queryRunner.query(`
            CREATE TABLE "notifications" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organization_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "person_id" uuid NOT NULL,
                "kind" text NOT NULL,
                "title" text NOT NULL,
                "link" text,
                "subject_id" uuid,
                "read_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "notifications_unread_idx" ON "notifications" ("organization_id", "person_id")
            WHERE "read_at" IS NULL
        `);
    await queryRunner.query(`
            CREATE INDEX "notifications_organization_id_person_id_created_at_idx" ON "notifications" ("organization_id", "person_id", "created_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "positions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organization_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "deleted_at" TIMESTAMP WITH TIME ZONE,
                "version" integer NOT NULL DEFAULT '1',
                "team_id" uuid NOT NULL,
                "level_id" uuid NOT NULL,
                "title" text NOT NULL,
                "status" text NOT NULL DEFAULT 'open',
                "opened_on" date NOT NULL,
                "filled_on" date,
                "filled_by_id" uuid,
                CONSTRAINT "positions_filled_by_check" CHECK (
                    "status" = 'filled'
                    OR "filled_by_id" IS NULL
                ),
                CONSTRAINT "positions_status_check" CHECK ("status" IN ('open', 'filled')),
                CONSTRAINT "PK_17e4e62ccd5749b289ae3fae6f3" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "positions_organization_id_level_id_idx" ON "positions" ("organization_id", "level_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "positions_organization_id_team_id_idx" ON "positions" ("organization_id", "team_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "positions_organization_id_status_idx" ON "positions" ("organization_id", "status")
        `);
    await queryRunner.query(`
            ALTER TABLE "organizations"
            ADD "conversation_interval_days" integer NOT NULL DEFAULT '90'
        `);
    await queryRunner.query(`
            ALTER TABLE "teams"
            ADD "parent_team_id" uuid
        `);
    await queryRunner.query(`
            ALTER TABLE "teams"
            ADD "lead_id" uuid
        `);
    await queryRunner.query(`
            ALTER TABLE "people"
            ADD "level_id" uuid
        `);
    await queryRunner.query(`
            CREATE INDEX "teams_organization_id_parent_team_id_idx" ON "teams" ("organization_id", "parent_team_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "people_organization_id_level_id_idx" ON "people" ("organization_id", "level_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "organizations"
            ADD CONSTRAINT "organizations_conversation_interval_days_check" CHECK (
                    "conversation_interval_days" BETWEEN 7 AND 365
                )
        `);
    await queryRunner.query(`
            ALTER TABLE "teams"
            ADD CONSTRAINT "teams_organization_id_id_key" UNIQUE ("organization_id", "id")
        `);
    await queryRunner.query(`
            ALTER TABLE "people"
            ADD CONSTRAINT "people_organization_id_id_key" UNIQUE ("organization_id", "id")
        `);
    await queryRunner.query(`
            ALTER TABLE "frameworks"
            ADD CONSTRAINT "FK_7f354d473a3b76e1515286fc7ab" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "tracks"
            ADD CONSTRAINT "FK_5f701297c2a9f550d3ee6d03547" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "tracks"
            ADD CONSTRAINT "FK_5b437e1bc9a79d2492407b32ea8" FOREIGN KEY ("framework_id", "organization_id") REFERENCES "frameworks"("id", "organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "levels"
            ADD CONSTRAINT "FK_db354fda0d278da071c77b19068" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "levels"
            ADD CONSTRAINT "FK_de255152f3811f28cfc6185229a" FOREIGN KEY ("track_id", "organization_id") REFERENCES "tracks"("id", "organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "teams"
            ADD CONSTRAINT "FK_36ebcbc7622b08bb2ed3d51acaa" FOREIGN KEY ("parent_team_id", "organization_id") REFERENCES "teams"("id", "organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "teams"
            ADD CONSTRAINT "FK_6d12a3b46f4b3de141a1574f3e8" FOREIGN KEY ("lead_id", "organization_id") REFERENCES "people"("id", "organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "people"
            ADD CONSTRAINT "FK_7398e84b557551e40f7d6c58d4b" FOREIGN KEY ("team_id", "organization_id") REFERENCES "teams"("id", "organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "people"
            ADD CONSTRAINT "FK_46f0c15adfc2fd8fff3608e6a2a" FOREIGN KEY ("manager_id", "organization_id") REFERENCES "people"("id", "organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "people"
            ADD CONSTRAINT "FK_b98e9d8cb72d4397d60b94a175c" FOREIGN KEY ("level_id", "organization_id") REFERENCES "levels"("id", "organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "audit_events"
            ADD CONSTRAINT "FK_6510e4bf7423cd3d750e8c2ae81" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "audit_events"
            ADD CONSTRAINT "FK_ab8f7160bf3f8c889447dcc1cec" FOREIGN KEY ("actor_id", "organization_id") REFERENCES "people"("id", "organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "auth_sessions"
            ADD CONSTRAINT "FK_3cdcde916ce1ac96ccfb61fc5ac" FOREIGN KEY ("person_id", "organization_id") REFERENCES "people"("id", "organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "criteria"
            ADD CONSTRAINT "FK_20ae2da614ee9f99b3ba757b4b1" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "criteria"
            ADD CONSTRAINT "FK_6293d23c02af4fc3615dfa740d7" FOREIGN KEY ("framework_id", "organization_id") REFERENCES "frameworks"("id", "organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "growth_plans"
            ADD CONSTRAINT "FK_72954931810a20449ca22c19514" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "growth_plans"
            ADD CONSTRAINT "FK_a55447d862e360a9147c5fcf0c7" FOREIGN KEY ("person_id", "organization_id") REFERENCES "people"("id", "organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "goals"
            ADD CONSTRAINT "FK_5e729ea2b99fa87dc1bd8e6bbc2" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "goals"
            ADD CONSTRAINT "FK_e3f9424dc4e809b2133b4e38eab" FOREIGN KEY ("plan_id", "organization_id") REFERENCES "growth_plans"("id", "organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "goals"
            ADD CONSTRAINT "FK_820637e45093bb3e386f2741c51" FOREIGN KEY ("criterion_id", "organization_id") REFERENCES "criteria"("id", "organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "growth_actions"
            ADD CONSTRAINT "FK_57c36ae2ff27dc3a40f2aebf8d6" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "growth_actions"
            ADD CONSTRAINT "FK_9cd6d2dc33a43adc635a1e0868d" FOREIGN KEY ("goal_id", "organization_id") REFERENCES "goals"("id", "organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "conversations"
            ADD CONSTRAINT "FK_87d9df8c99fb824a39c681ec332" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "conversations"
            ADD CONSTRAINT "FK_58e1d056752a01e373773f6f869" FOREIGN KEY ("report_id", "organization_id") REFERENCES "people"("id", "organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "conversations"
            ADD CONSTRAINT "FK_6551b118fd6c4c1537ad1133411" FOREIGN KEY ("manager_id", "organization_id") REFERENCES "people"("id", "organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "conversations"
            ADD CONSTRAINT "FK_fb632f029e68b26c9cb7ffaeff1" FOREIGN KEY ("requester_id", "organization_id") REFERENCES "people"("id", "organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "action_items"
            ADD CONSTRAINT "FK_53b386ef0970aa3eb23efcd6113" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "action_items"
            ADD CONSTRAINT "FK_5c7f71cf39ea490913576cca432" FOREIGN KEY ("conversation_id", "organization_id") REFERENCES "conversations"("id", "organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "action_items"
            ADD CONSTRAINT "FK_61eb6ea5b7e0c483ab9cc31c2d5" FOREIGN KEY ("owner_id", "organization_id") REFERENCES "people"("id", "organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "action_items"
            ADD CONSTRAINT "FK_2f74a181e53ea94931073e080f3" FOREIGN KEY ("growth_action_id", "organization_id") REFERENCES "growth_actions"("id", "organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "conversation_notes"
            ADD CONSTRAINT "FK_d615c444214605594ce895cfd78" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "conversation_notes"
            ADD CONSTRAINT "FK_f1dff64a298277ffd855d899a7b" FOREIGN KEY ("conversation_id", "organization_id") REFERENCES "conversations"("id", "organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "conversation_notes"
            ADD CONSTRAINT "FK_cfb12f7aff337b6517503ce8372" FOREIGN KEY ("author_id", "organization_id") REFERENCES "people"("id", "organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "evidence"
            ADD CONSTRAINT "FK_0ad8135ce47a38a493409a3c539" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "evidence"
            ADD CONSTRAINT "FK_5a88373b9f302b180ee4d35a992" FOREIGN KEY ("person_id", "organization_id") REFERENCES "people"("id", "organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "evidence_criteria"
            ADD CONSTRAINT "FK_60462626149e32d86937b968b59" FOREIGN KEY ("evidence_id", "organization_id") REFERENCES "evidence"("id", "organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "evidence_criteria"
            ADD CONSTRAINT "FK_76d2f4756e0577a27deb2011b35" FOREIGN KEY ("criterion_id", "organization_id") REFERENCES "criteria"("id", "organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "evidence_reviews"
            ADD CONSTRAINT "FK_895d71b287d5d1f85e65f01a4ba" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "evidence_reviews"
            ADD CONSTRAINT "FK_8741de32636377b136d3ccf08fb" FOREIGN KEY ("evidence_id", "organization_id") REFERENCES "evidence"("id", "organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "evidence_reviews"
            ADD CONSTRAINT "FK_1fe9ad5984750503288658857ab" FOREIGN KEY ("reviewer_id", "organization_id") REFERENCES "people"("id", "organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "expectations"
            ADD CONSTRAINT "FK_c1a81d143f0fd6bd1de785e5360" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "expectations"
            ADD CONSTRAINT "FK_200e4c646ba8dd6d2a52668d8aa" FOREIGN KEY ("criterion_id", "organization_id") REFERENCES "criteria"("id", "organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "expectations"
            ADD CONSTRAINT "FK_618c8d9214c280d3ba15d285aad" FOREIGN KEY ("level_id", "organization_id") REFERENCES "levels"("id", "organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "track_paths"
            ADD CONSTRAINT "FK_063953022b0ec7363e7fe1f019e" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "track_paths"
            ADD CONSTRAINT "FK_b0920159b017a0ad16db77f5673" FOREIGN KEY ("from_track_id", "organization_id") REFERENCES "tracks"("id", "organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "track_paths"
            ADD CONSTRAINT "FK_44069902281b274fafff9e2d76a" FOREIGN KEY ("to_track_id", "organization_id") REFERENCES "tracks"("id", "organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "aspirations"
            ADD CONSTRAINT "FK_1360f935a78d27ef619ccf87cba" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "aspirations"
            ADD CONSTRAINT "FK_c934547502f76f4a0df5876f7d4" FOREIGN KEY ("person_id", "organization_id") REFERENCES "people"("id", "organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "aspirations"
            ADD CONSTRAINT "FK_dd4a1279c7a8d01f0ceecbf94f8" FOREIGN KEY ("target_level_id", "organization_id") REFERENCES "levels"("id", "organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "moves"
            ADD CONSTRAINT "FK_8d9c3c96be9d837c02724b0fc4b" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "moves"
            ADD CONSTRAINT "FK_f36047e4c99058db33ea68bd6d7" FOREIGN KEY ("person_id", "organization_id") REFERENCES "people"("id", "organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "moves"
            ADD CONSTRAINT "FK_05fb20eae8baada136f0498c688" FOREIGN KEY ("from_level_id", "organization_id") REFERENCES "levels"("id", "organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "moves"
            ADD CONSTRAINT "FK_7ec95e4d6bf6c3e95b14d394f3f" FOREIGN KEY ("to_level_id", "organization_id") REFERENCES "levels"("id", "organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "moves"
            ADD CONSTRAINT "FK_da2b940e99d934649ec1adef68c" FOREIGN KEY ("from_team_id", "organization_id") REFERENCES "teams"("id", "organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "moves"
            ADD CONSTRAINT "FK_a59a7903aa6ec93b94df16c7856" FOREIGN KEY ("to_team_id", "organization_id") REFERENCES "teams"("id", "organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "notifications"
            ADD CONSTRAINT "FK_cb7b1fb018b296f2107e998b2ff" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "notifications"
            ADD CONSTRAINT "FK_8603e230e86d3a5d0ecb52acb1d" FOREIGN KEY ("person_id", "organization_id") REFERENCES "people"("id", "organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "positions"
            ADD CONSTRAINT "FK_558198775d351c94287b370d082" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "positions"
            ADD CONSTRAINT "FK_3c9b8b5acc7b6d2b0031f63762d" FOREIGN KEY ("team_id", "organization_id") REFERENCES "teams"("id", "organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "positions"
            ADD CONSTRAINT "FK_143374acb19409e38cb869e7f6b" FOREIGN KEY ("level_id", "organization_id") REFERENCES "levels"("id", "organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "positions"
            ADD CONSTRAINT "FK_59f24e3c0b131c33a0f5fe86c4e" FOREIGN KEY ("filled_by_id", "organization_id") REFERENCES "people"("id", "organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "positions" DROP CONSTRAINT "FK_59f24e3c0b131c33a0f5fe86c4e"
        `);
    await queryRunner.query(`
            ALTER TABLE "positions" DROP CONSTRAINT "FK_143374acb19409e38cb869e7f6b"
        `);
    await queryRunner.query(`
            ALTER TABLE "positions" DROP CONSTRAINT "FK_3c9b8b5acc7b6d2b0031f63762d"
        `);
    await queryRunner.query(`
            ALTER TABLE "positions" DROP CONSTRAINT "FK_558198775d351c94287b370d082"
        `);
    await queryRunner.query(`
            ALTER TABLE "notifications" DROP CONSTRAINT "FK_8603e230e86d3a5d0ecb52acb1d"
        `);
    await queryRunner.query(`
            ALTER TABLE "notifications" DROP CONSTRAINT "FK_cb7b1fb018b296f2107e998b2ff"
        `);
    await queryRunner.query(`
            ALTER TABLE "moves" DROP CONSTRAINT "FK_a59a7903aa6ec93b94df16c7856"
        `);
    await queryRunner.query(`
            ALTER TABLE "moves" DROP CONSTRAINT "FK_da2b940e99d934649ec1adef68c"
        `);
    await queryRunner.query(`
            ALTER TABLE "moves" DROP CONSTRAINT "FK_7ec95e4d6bf6c3e95b14d394f3f"
        `);
    await queryRunner.query(`
            ALTER TABLE "moves" DROP CONSTRAINT "FK_05fb20eae8baada136f0498c688"
        `);
    await queryRunner.query(`
            ALTER TABLE "moves" DROP CONSTRAINT "FK_f36047e4c99058db33ea68bd6d7"
        `);
    await queryRunner.query(`
            ALTER TABLE "moves" DROP CONSTRAINT "FK_8d9c3c96be9d837c02724b0fc4b"
        `);
    await queryRunner.query(`
            ALTER TABLE "aspirations" DROP CONSTRAINT "FK_dd4a1279c7a8d01f0ceecbf94f8"
        `);
    await queryRunner.query(`
            ALTER TABLE "aspirations" DROP CONSTRAINT "FK_c934547502f76f4a0df5876f7d4"
        `);
    await queryRunner.query(`
            ALTER TABLE "aspirations" DROP CONSTRAINT "FK_1360f935a78d27ef619ccf87cba"
        `);
    await queryRunner.query(`
            ALTER TABLE "track_paths" DROP CONSTRAINT "FK_44069902281b274fafff9e2d76a"
        `);
    await queryRunner.query(`
            ALTER TABLE "track_paths" DROP CONSTRAINT "FK_b0920159b017a0ad16db77f5673"
        `);
    await queryRunner.query(`
            ALTER TABLE "track_paths" DROP CONSTRAINT "FK_063953022b0ec7363e7fe1f019e"
        `);
    await queryRunner.query(`
            ALTER TABLE "expectations" DROP CONSTRAINT "FK_618c8d9214c280d3ba15d285aad"
        `);
    await queryRunner.query(`
            ALTER TABLE "expectations" DROP CONSTRAINT "FK_200e4c646ba8dd6d2a52668d8aa"
        `);
    await queryRunner.query(`
            ALTER TABLE "expectations" DROP CONSTRAINT "FK_c1a81d143f0fd6bd1de785e5360"
        `);
    await queryRunner.query(`
            ALTER TABLE "evidence_reviews" DROP CONSTRAINT "FK_1fe9ad5984750503288658857ab"
        `);
    await queryRunner.query(`
            ALTER TABLE "evidence_reviews" DROP CONSTRAINT "FK_8741de32636377b136d3ccf08fb"
        `);
    await queryRunner.query(`
            ALTER TABLE "evidence_reviews" DROP CONSTRAINT "FK_895d71b287d5d1f85e65f01a4ba"
        `);
    await queryRunner.query(`
            ALTER TABLE "evidence_criteria" DROP CONSTRAINT "FK_76d2f4756e0577a27deb2011b35"
        `);
    await queryRunner.query(`
            ALTER TABLE "evidence_criteria" DROP CONSTRAINT "FK_60462626149e32d86937b968b59"
        `);
    await queryRunner.query(`
            ALTER TABLE "evidence" DROP CONSTRAINT "FK_5a88373b9f302b180ee4d35a992"
        `);
    await queryRunner.query(`
            ALTER TABLE "evidence" DROP CONSTRAINT "FK_0ad8135ce47a38a493409a3c539"
        `);
    await queryRunner.query(`
            ALTER TABLE "conversation_notes" DROP CONSTRAINT "FK_cfb12f7aff337b6517503ce8372"
        `);
    await queryRunner.query(`
            ALTER TABLE "conversation_notes" DROP CONSTRAINT "FK_f1dff64a298277ffd855d899a7b"
        `);
    await queryRunner.query(`
            ALTER TABLE "conversation_notes" DROP CONSTRAINT "FK_d615c444214605594ce895cfd78"
        `);
    await queryRunner.query(`
            ALTER TABLE "action_items" DROP CONSTRAINT "FK_2f74a181e53ea94931073e080f3"
        `);
    await queryRunner.query(`
            ALTER TABLE "action_items" DROP CONSTRAINT "FK_61eb6ea5b7e0c483ab9cc31c2d5"
        `);
    await queryRunner.query(`
            ALTER TABLE "action_items" DROP CONSTRAINT "FK_5c7f71cf39ea490913576cca432"
        `);
    await queryRunner.query(`
            ALTER TABLE "action_items" DROP CONSTRAINT "FK_53b386ef0970aa3eb23efcd6113"
        `);
    await queryRunner.query(`
            ALTER TABLE "conversations" DROP CONSTRAINT "FK_fb632f029e68b26c9cb7ffaeff1"
        `);
    await queryRunner.query(`
            ALTER TABLE "conversations" DROP CONSTRAINT "FK_6551b118fd6c4c1537ad1133411"
        `);
    await queryRunner.query(`
            ALTER TABLE "conversations" DROP CONSTRAINT "FK_58e1d056752a01e373773f6f869"
        `);
    await queryRunner.query(`
            ALTER TABLE "conversations" DROP CONSTRAINT "FK_87d9df8c99fb824a39c681ec332"
        `);
    await queryRunner.query(`
            ALTER TABLE "growth_actions" DROP CONSTRAINT "FK_9cd6d2dc33a43adc635a1e0868d"
        `);
    await queryRunner.query(`
            ALTER TABLE "growth_actions" DROP CONSTRAINT "FK_57c36ae2ff27dc3a40f2aebf8d6"
        `);
    await queryRunner.query(`
            ALTER TABLE "goals" DROP CONSTRAINT "FK_820637e45093bb3e386f2741c51"
        `);
    await queryRunner.query(`
            ALTER TABLE "goals" DROP CONSTRAINT "FK_e3f9424dc4e809b2133b4e38eab"
        `);
    await queryRunner.query(`
            ALTER TABLE "goals" DROP CONSTRAINT "FK_5e729ea2b99fa87dc1bd8e6bbc2"
        `);
    await queryRunner.query(`
            ALTER TABLE "growth_plans" DROP CONSTRAINT "FK_a55447d862e360a9147c5fcf0c7"
        `);
    await queryRunner.query(`
            ALTER TABLE "growth_plans" DROP CONSTRAINT "FK_72954931810a20449ca22c19514"
        `);
    await queryRunner.query(`
            ALTER TABLE "criteria" DROP CONSTRAINT "FK_6293d23c02af4fc3615dfa740d7"
        `);
    await queryRunner.query(`
            ALTER TABLE "criteria" DROP CONSTRAINT "FK_20ae2da614ee9f99b3ba757b4b1"
        `);
    await queryRunner.query(`
            ALTER TABLE "auth_sessions" DROP CONSTRAINT "FK_3cdcde916ce1ac96ccfb61fc5ac"
        `);
    await queryRunner.query(`
            ALTER TABLE "audit_events" DROP CONSTRAINT "FK_ab8f7160bf3f8c889447dcc1cec"
        `);
    await queryRunner.query(`
            ALTER TABLE "audit_events" DROP CONSTRAINT "FK_6510e4bf7423cd3d750e8c2ae81"
        `);
    await queryRunner.query(`
            ALTER TABLE "people" DROP CONSTRAINT "FK_b98e9d8cb72d4397d60b94a175c"
        `);
    await queryRunner.query(`
            ALTER TABLE "people" DROP CONSTRAINT "FK_46f0c15adfc2fd8fff3608e6a2a"
        `);
    await queryRunner.query(`
            ALTER TABLE "people" DROP CONSTRAINT "FK_7398e84b557551e40f7d6c58d4b"
        `);
    await queryRunner.query(`
            ALTER TABLE "teams" DROP CONSTRAINT "FK_6d12a3b46f4b3de141a1574f3e8"
        `);
    await queryRunner.query(`
            ALTER TABLE "teams" DROP CONSTRAINT "FK_36ebcbc7622b08bb2ed3d51acaa"
        `);
    await queryRunner.query(`
            ALTER TABLE "levels" DROP CONSTRAINT "FK_de255152f3811f28cfc6185229a"
        `);
    await queryRunner.query(`
            ALTER TABLE "levels" DROP CONSTRAINT "FK_db354fda0d278da071c77b19068"
        `);
    await queryRunner.query(`
            ALTER TABLE "tracks" DROP CONSTRAINT "FK_5b437e1bc9a79d2492407b32ea8"
        `);
    await queryRunner.query(`
            ALTER TABLE "tracks" DROP CONSTRAINT "FK_5f701297c2a9f550d3ee6d03547"
        `);
    await queryRunner.query(`
            ALTER TABLE "frameworks" DROP CONSTRAINT "FK_7f354d473a3b76e1515286fc7ab"
        `);
    await queryRunner.query(`
            ALTER TABLE "people" DROP CONSTRAINT "people_organization_id_id_key"
        `);
    await queryRunner.query(`
            ALTER TABLE "teams" DROP CONSTRAINT "teams_organization_id_id_key"
        `);
    await queryRunner.query(`
            ALTER TABLE "organizations" DROP CONSTRAINT "organizations_conversation_interval_days_check"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."people_organization_id_level_id_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."teams_organization_id_parent_team_id_idx"
        `);
    await queryRunner.query(`
            ALTER TABLE "people" DROP COLUMN "level_id"
        `);
    await queryRunner.query(`
            ALTER TABLE "teams" DROP COLUMN "lead_id"
        `);
    await queryRunner.query(`
            ALTER TABLE "teams" DROP COLUMN "parent_team_id"
        `);
    await queryRunner.query(`
            ALTER TABLE "organizations" DROP COLUMN "conversation_interval_days"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."positions_organization_id_status_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."positions_organization_id_team_id_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."positions_organization_id_level_id_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "positions"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."notifications_organization_id_person_id_created_at_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."notifications_unread_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "notifications"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."moves_organization_id_occurred_on_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."moves_organization_id_person_id_occurred_on_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."moves_organization_id_to_team_id_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "moves"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."aspirations_person_id_key"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."aspirations_organization_id_target_level_id_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "aspirations"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."track_paths_organization_id_to_track_id_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "track_paths"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."expectations_organization_id_level_id_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "expectations"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."evidence_reviews_organization_id_evidence_id_created_at_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."evidence_reviews_organization_id_reviewer_id_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "evidence_reviews"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."evidence_criteria_organization_id_criterion_id_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "evidence_criteria"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."evidence_organization_id_person_id_occurred_on_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."evidence_organization_id_status_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "evidence"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."conversation_notes_shared_key"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."conversation_notes_private_key"
        `);
    await queryRunner.query(`
            DROP TABLE "conversation_notes"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."action_items_organization_id_conversation_id_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."action_items_organization_id_owner_id_done_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "action_items"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."conversations_organization_id_report_id_status_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."conversations_organization_id_manager_id_status_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "conversations"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."growth_actions_organization_id_goal_id_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."growth_actions_organization_id_due_on_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "growth_actions"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."goals_organization_id_plan_id_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "goals"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."growth_plans_active_person_id_key"
        `);
    await queryRunner.query(`
            DROP TABLE "growth_plans"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."criteria_organization_id_framework_id_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "criteria"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."audit_events_organization_id_created_at_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."audit_events_organization_id_subject_person_id_created_at_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "audit_events"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."levels_organization_id_track_id_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "levels"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."tracks_organization_id_framework_id_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "tracks"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."frameworks_organization_id_status_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "frameworks"
        `);
    await queryRunner.query(`
            ALTER TABLE "auth_sessions"
            ADD CONSTRAINT "FK_0390a7dee2af4aa5aa3ef39b944" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "people"
            ADD CONSTRAINT "FK_acb51d0935144495a95523ef99f" FOREIGN KEY ("manager_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "people"
            ADD CONSTRAINT "FK_6b7b841de9de9db18199f718ee9" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
  }
}
