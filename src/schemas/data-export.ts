import { z } from 'zod';
import { actor, statement } from './actor.ts';
import { authority } from './authority.ts';
import { recordId } from './common.ts';
import { event } from './event.ts';
import { source } from './source.ts';

/** The address of a record's page: absolute when the site's origin (SITE) is known, else site-relative. */
const url = z.string().min(1).describe("The record's page on the site (absolute when the site's origin is known, else site-relative)");

/** One quotation for /data/statements.json: who said it, the exact words, where. */
export const statementRecord = statement.extend({
  actor: recordId.describe('Id of the actor who said it (see actors.json)'),
  source: recordId.describe('Id of the source article (see sources.json)'),
  /** The paragraph's number on its source page, as citations give it ("¶ 12"). */
  paragraphNumber: z.number().int().min(1).describe('The paragraph number on the source page, as citations give it'),
  url: z.string().min(1).describe('The paragraph on its source page'),
});
export type StatementRecord = z.infer<typeof statementRecord>;

/**
 * A source article for /data/sources.json: its own address, when recorded, is originalUrl and
 * is absent otherwise; url is always its page on this site, never given as the article's.
 */
export const sourceRecord = source.omit({ url: true }).extend({
  originalUrl: z.url().optional().describe('The article as published, when its address was recorded; absent otherwise'),
  url,
});
export type SourceRecord = z.infer<typeof sourceRecord>;

const file = <N extends string, R extends z.ZodObject>(name: N, record: R, about: string) =>
  z
    .object({
      collection: z.literal(name),
      /** How many records the file holds. */
      count: z.number().int().min(0),
      records: z.array(record),
    })
    .describe(about);

/** The files of /data/: each a collection with its count and its records. */
export const dataFiles = {
  actors: file('actors', actor.extend({ url }), 'People, government bodies, groups and states named in the sources, with their mentions, roles and quotations'),
  authorities: file('authorities', authority.extend({ url }), 'Statutes, orders, directives, designations, opinions and claims of legal authority named in the sources'),
  events: file('events', event.extend({ url }), 'What happened or was announced, dated as precisely as the source allows (or as the editors set it, where date_by_editors says so), each with its source sentence'),
  sources: file('sources', sourceRecord, 'The source articles in full, paragraph by paragraph'),
  statements: file('statements', statementRecord, 'Every direct quotation, with the actor who said it and its paragraph'),
};
export type DataFileName = keyof typeof dataFiles;
export const dataFileNames = Object.keys(dataFiles) as DataFileName[];
