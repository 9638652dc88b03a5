import { z } from 'zod';

/** The parts of a CASE 1.0/1.1 package Trainplan reads; everything else in the package is ignored. */
const text = z.string().optional().catch(undefined);
const uri = z.looseObject({ identifier: z.string().optional(), title: text, uri: text }).optional().catch(undefined);

export const caseItemSchema = z.looseObject({
  identifier: z.string({ error: 'an item has no identifier' }).min(1, 'an item has no identifier'),
  fullStatement: text,
  abbreviatedStatement: text,
  alternativeLabel: text,
  humanCodingScheme: text,
  listEnumeration: text,
});

export const caseAssociationSchema = z.looseObject({
  associationType: z.string({ error: 'an association has no type' }),
  originNodeURI: z.looseObject({ identifier: z.string({ error: 'an association has no origin' }) }),
  destinationNodeURI: z.looseObject({ identifier: z.string({ error: 'an association has no destination' }) }),
  sequenceNumber: z.number().optional().catch(undefined),
});

const criterionLevelSchema = z.looseObject({
  description: text,
  quality: text,
  score: z.number().optional().catch(undefined),
  position: z.number().optional().catch(undefined),
});

const criterionSchema = z.looseObject({
  description: text,
  category: text,
  position: z.number().optional().catch(undefined),
  CFItemURI: uri,
  CFRubricCriterionLevels: z.array(criterionLevelSchema).optional(),
});

export const casePackageSchema = z.looseObject({
  CFDocument: z.looseObject({
    identifier: z.string({ error: 'the document has no identifier' }),
    title: z.string({ error: 'the document has no title' }),
    version: text,
    creator: text,
    publisher: text,
    description: text,
    officialSourceURL: text,
    licenseURI: uri,
  }),
  CFItems: z.array(caseItemSchema, { error: 'CFItems must be a list of items' }).optional(),
  CFAssociations: z.array(caseAssociationSchema, { error: 'CFAssociations must be a list' }).optional(),
  CFDefinitions: z
    .looseObject({
      CFLicenses: z
        .array(z.looseObject({ title: text, licenseText: text }))
        .optional()
        .catch(undefined),
    })
    .optional()
    .catch(undefined),
  CFRubrics: z.array(z.looseObject({ title: text, CFRubricCriteria: z.array(criterionSchema).optional() })).optional(),
});

export type CasePackage = z.infer<typeof casePackageSchema>;
export type CaseCriterion = z.infer<typeof criterionSchema>;
