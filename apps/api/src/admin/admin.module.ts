import { Module } from '@nestjs/common';

/** The organization admin's operations: people and roles, deactivation, GDPR export and erasure. */
@Module({})
export class AdminModule {}
