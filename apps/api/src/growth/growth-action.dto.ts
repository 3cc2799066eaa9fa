import { createZodDto, type ZodDto } from 'nestjs-zod';
import type { ZodType } from 'zod';

import { GrowthActionInputSchema, GrowthActionSchema } from '@trellis/domain';

// An action is a union by kind, and no class can extend a union: these DTOs are
// values. nestjs-zod names every such value `AugmentedZodDto`, so each gets its
// own name for the OpenAPI document. Id-less clones, as for the class DTOs.
const named = <TSchema extends ZodType>(name: string, schema: TSchema): ZodDto<TSchema, false> => {
  const dto = createZodDto(schema);
  Object.defineProperty(dto, 'name', { value: name });
  return dto;
};

export const GrowthActionDto = named('GrowthActionDto', GrowthActionSchema.clone());
export const GrowthActionInputDto = named('GrowthActionInputDto', GrowthActionInputSchema.clone());
