/** Domain messages (problems, explanation pieces, History events): one wording per englishWording key. */
import type { englishWording } from '../domain/problems';
export type DomainCatalog = Record<keyof typeof englishWording, string>;
