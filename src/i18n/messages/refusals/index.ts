import type { AreaCatalogue } from '../types.js';
import { messages as de } from './de.js';
import { messages as enGB } from './en-GB.js';
import { messages as enUS } from './en-US.js';
import { messages as es } from './es.js';
import { messages as fr } from './fr.js';
import { messages as nl } from './nl.js';

export const refusals: AreaCatalogue<typeof enGB> = { 'en-GB': enGB, 'en-US': enUS, de, fr, es, nl };
