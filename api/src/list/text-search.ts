import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { TextSearch } from './list-spec.js';

/**
 * How `q` matches: `contains` finds the rows whose folded text contains the
 * folded term; `similar` is the second attempt when none does, and finds the
 * rows with a word like it (a typing mistake).
 */
export type SearchMode = 'contains' | 'similar';

const TERM = 'search_term';
const CODE = 'search_code';
const NEWLINE = `E'\\n'`;

/** The bound term, folded as the searched text is. */
const FOLDED_TERM = `public.immutable_unaccent(lower(CAST(:${TERM} AS text)))`;

/**
 * An SQL text with LIKE's escape character and wildcards escaped: the one
 * place list filters escape LIKE patterns. The search escapes after folding,
 * because unaccent turns the full-width ％ and ＿ into % and _.
 */
export const likeLiteral = (sql: string): string => `replace(replace(replace(${sql}, '\\', '\\\\'), '%', '\\%'), '_', '\\_')`;

/** A LIKE pattern of rows containing the SQL text anywhere. */
export const containsPattern = (sql: string): string => `'%' || ${likeLiteral(sql)} || '%'`;

const TERM_LITERAL = likeLiteral(FOLDED_TERM);

/** The parameters every search expression reads. */
export const searchParameters = (term: string): ObjectLiteral => ({ [TERM]: term, [CODE]: term.toUpperCase() });

/**
 * The condition of a search. PostgreSQL serves `LIKE` and `<%` on the folded
 * text from its trigram index (both are computed on the bound term once, when
 * the statement is planned); the two are never ORed, because a row-by-row
 * word similarity on every row a plan visits costs hundreds of milliseconds.
 */
export function searchCondition(search: TextSearch, mode: SearchMode): string {
  if (mode === 'similar') return `(${FOLDED_TERM} <% ${search.text})`;
  const codes = (search.codes ?? []).map((column) => ` OR ${column} = :${CODE}`).join('');
  return `(${search.text} LIKE ${containsPattern(FOLDED_TERM)}${codes})`;
}

/**
 * How well a row matches, higher is better: a whole field (an acronym, an
 * e-mail, a name) 4, the start of a field 3, the start of a word 2, anywhere
 * 1. In the second attempt it is the word similarity, from 0 to 1.
 */
export function relevanceOf(search: TextSearch, mode: SearchMode): string {
  if (mode === 'similar') return `word_similarity(${FOLDED_TERM}, ${search.text})`;
  const codes = (search.codes ?? []).map((column) => `${column} = :${CODE} OR `).join('');
  return `(CASE
    WHEN ${codes}(${NEWLINE} || ${search.text} || ${NEWLINE}) LIKE '%' || ${NEWLINE} || ${TERM_LITERAL} || ${NEWLINE} || '%' THEN 4
    WHEN (${NEWLINE} || ${search.text}) LIKE '%' || ${NEWLINE} || ${TERM_LITERAL} || '%' THEN 3
    WHEN ${search.text} LIKE '% ' || ${TERM_LITERAL} || '%' THEN 2
    ELSE 1 END)`;
}

/** Narrows a query to the rows the term finds. */
export function applySearch(query: SelectQueryBuilder<ObjectLiteral>, search: TextSearch, term: string, mode: SearchMode): void {
  query.andWhere(searchCondition(search, mode), searchParameters(term));
}
