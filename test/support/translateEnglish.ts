import { englishWording, type Translate } from '../../src/domain/problems';

/** Renders a domain message straight from `englishWording`, without the i18n catalogs. */
export const translateEnglish: Translate = (key, params) =>
  englishWording[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
