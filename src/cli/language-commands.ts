// The operator's language setting (docs/design.md §13): a person's language, which comes before anything their chat
// platform reports, or an organisation's, which its people read when their platform reports no language the
// service speaks. Both are audited like every operator setting; the organisation's is copied onto its people.
import { Types } from 'mongoose';
import { isLocale, LOCALE_NAMES, LOCALES, PSEUDO_LOCALE, type Locale } from '../i18n/locales.js';
import type { PersonDoc } from '../store/models.js';
import type { CoreServices } from '../services/index.js';
import { EXIT_OK, EXIT_REFUSED, b, s, showIdentity, str, UsageError, type CliIO, type Command, type Flags } from './command-kit.js';

/** The languages an operator may set, as the refusal lists them. */
export function spokenLanguages(): string {
  const spoken = LOCALES.map((l) => `${l} (${LOCALE_NAMES[l]})`).join(', ');
  return `${spoken}; or ${PSEUDO_LOCALE}, the pseudo-locale that shows which words bypass the translations`;
}

/** `de`, `DE`, `en-gb` and `en_GB` name a language the service speaks; `default` (or --clear) removes the setting. */
function languageOf(flags: Flags): { ok: true; language: Locale | null } | { ok: false } {
  const given = str(flags, 'language')?.trim();
  if (flags.clear === true) {
    if (given !== undefined) throw new UsageError('give --language or --clear, not both');
    return { ok: true, language: null };
  }
  if (given === undefined || given === '') throw new UsageError('give --language <language> (or --clear)');
  if (given.toLowerCase() === 'default') return { ok: true, language: null };
  const wanted = given.replace('_', '-').toLowerCase();
  const language = [...LOCALES, PSEUDO_LOCALE].find((l) => l.toLowerCase() === wanted);
  return isLocale(language) ? { ok: true, language } : { ok: false };
}

/** `--person` as list-people prints it: the id, or the identity `platform:workspace:user`. */
async function personNamed(services: CoreServices, named: string, orgId: string | undefined): Promise<PersonDoc | null> {
  const { directory } = services.context.store;
  let person: PersonDoc | null = null;
  if (Types.ObjectId.isValid(named) && /^[0-9a-f]{24}$/i.test(named)) person = await directory.person(named);
  else {
    const [platform, workspaceId, ...user] = named.split(':');
    const userId = user.join(':');
    if ((platform === 'slack' || platform === 'teams') && workspaceId && userId)
      person = await directory.byIdentity({ platform, workspaceId, userId });
  }
  if (!person || person.erasedAt || (orgId !== undefined && person.orgId !== orgId)) return null;
  return person;
}

/** A language as the operator reads it back, with its name. */
function shown(language: Locale | null, unset: string): string {
  if (!language) return unset;
  return language === PSEUDO_LOCALE ? `${language} (pseudo-locale)` : `${language} (${LOCALE_NAMES[language]})`;
}

function audit(services: CoreServices, orgId: string, action: string, subjectId: string, language: Locale | null) {
  const { store, clock } = services.context;
  const at = clock();
  return store.audit.append({
    _id: `admin:${action}:${subjectId}:${at.toISOString()}`,
    orgId,
    actorId: 'operator',
    action,
    subjectId,
    reason: null,
    details: { language },
    at,
  });
}

async function setPersonLanguage(services: CoreServices, flags: Flags, language: Locale | null, io: CliIO) {
  const named = str(flags, 'person')?.trim() ?? '';
  const orgId = str(flags, 'org')?.trim() || undefined;
  const person = await personNamed(services, named, orgId);
  if (!person) {
    io.err(`Refused: no person ${named}${orgId ? ` in organisation ${orgId}` : ''}. Nothing was changed.`);
    return EXIT_REFUSED;
  }
  await services.context.store.directory.updatePerson(person._id, { language });
  await audit(services, person.orgId, 'person.language_set', String(person._id), language);
  io.out(
    `Language of ${showIdentity(person.identity)}: ${shown(language, "none set; they read what their platform reports, else their organisation's language, else en-GB")}`,
  );
  return EXIT_OK;
}

async function setOrganisationLanguage(services: CoreServices, orgId: string, language: Locale | null, io: CliIO) {
  const set = await services.context.store.directory.setOrganisationLanguage(orgId, language);
  if (!set) {
    io.err(`Refused: no organisation ${orgId}. Nothing was changed.`);
    return EXIT_REFUSED;
  }
  await audit(services, orgId, 'organisation.language_set', orgId, language);
  io.out(
    `Language of ${orgId}: ${shown(language, 'none set (en-GB)')}, copied onto its ${set.people} ${set.people === 1 ? 'person' : 'people'}. ` +
      'Each reads it unless they have a language of their own or their platform reports one the service speaks.',
  );
  return EXIT_OK;
}

export const languageCommands: Record<string, Command> = {
  'set-language': {
    summary: "set (or with `default` / --clear, remove) the language of one person or of an organisation's people",
    usage:
      '(--person <id> | --person slack|teams:<workspace>:<user> [--org acme] | --org acme) (--language de | --language default | --clear)',
    options: { person: s, org: s, language: s, clear: b },
    required: [],
    needsDb: true,
    async run(services, flags, io) {
      const person = str(flags, 'person')?.trim();
      const orgId = str(flags, 'org')?.trim();
      if (!person && !orgId) throw new UsageError('give --person <id or identity> or --org <organisation>');
      const chosen = languageOf(flags);
      if (!chosen.ok) {
        io.err(`Refused: "${str(flags, 'language') ?? ''}" is not a language the service speaks. Spoken: ${spokenLanguages()}.`);
        return EXIT_REFUSED;
      }
      if (person) return setPersonLanguage(services, flags, chosen.language, io);
      return setOrganisationLanguage(services, orgId ?? '', chosen.language, io);
    },
  },
};
