import { Module } from '@nestjs/common';

/** Org chart import: CSV, a dry run first, then all-or-nothing apply. */
@Module({})
export class ImportsModule {}
