// The store: every repository over one database connection. Services get this, never a model.
import { ArchiveRepository } from './archive.js';
import { AuditRepository } from './audit.js';
import { ClaimRepository } from './claims.js';
import type { Database } from './connection.js';
import { DeliveryRepository } from './deliveries.js';
import { HistoryStampRepository } from './history-stamps.js';
import { InstallationRepository } from './installations.js';
import { MarkerRepository } from './markers.js';
import { ShortMemory } from './memory.js';
import { OfferRepository } from './offers.js';
import { OwedRepository } from './owed.js';
import { PersonDataRepository } from './person-data.js';
import { RecommendationRepository } from './recommendations.js';
import { TherapistChangeRepository } from './therapist-changes.js';
import { DirectoryRepository } from './people.js';
import { RelayThreadRepository } from './relay-threads.js';
import { ReminderRepository } from './reminders.js';
import { RetentionRepository } from './retention.js';
import { TherapistSettingsRepository } from './therapist-settings.js';
import { SessionRepository } from './sessions.js';
import { SessionMessageRepository } from './session-messages.js';
import { SweepMarkRepository } from './sweep-marks.js';
import { WorkspaceRepository } from './workspaces.js';

export interface Store {
  directory: DirectoryRepository;
  sessions: SessionRepository;
  claims: ClaimRepository;
  /** Once-only markers (reminders sent, care notes, attendance): kept apart from claims, which hold only what is live. */
  markers: MarkerRepository;
  /** History settled out of the hot collections into one cold collection per month and kind (docs/design.md §6). */
  archive: ArchiveRepository;
  relayThreads: RelayThreadRepository;
  audit: AuditRepository;
  deliveries: DeliveryRepository;
  owed: OwedRepository;
  reminders: ReminderRepository;
  therapistSettings: TherapistSettingsRepository;
  workspaces: WorkspaceRepository;
  installations: InstallationRepository;
  /** Everything about one person, for export, erasure and offboarding (docs/design.md §10). */
  personData: PersonDataRepository;
  /** Free text past an organisation's retention window, purged by the sweep. */
  retention: RetentionRepository;
  /** How far the sweep has walked each kind of history. */
  sweepMarks: SweepMarkRepository;
  /** The one-off stamping of history written by an older version (an operator's command). */
  historyStamps: HistoryStampRepository;
  /** Extra-session recommendations and the grants they become (issue 19, §4). */
  recommendations: RecommendationRepository;
  /** Employees' requests to change therapist, and reassignments (issue 19, §6). */
  therapistChanges: TherapistChangeRepository;
  /** What this process remembers of the database for a few seconds, and the one way to forget it. */
  memory: ShortMemory;
  /** Therapists' offers of times for a client's next session. */
  offers: OfferRepository;
  /** Direct messages offering an action on a session, kept until the session changes. */
  sessionMessages: SessionMessageRepository;
}

export function createStore(db: Database): Store {
  const memory = new ShortMemory();
  const directory = new DirectoryRepository(db.models, memory);
  return {
    directory,
    sessions: new SessionRepository(db.models),
    claims: new ClaimRepository(db.models),
    markers: new MarkerRepository(db.models),
    archive: new ArchiveRepository(db.models),
    relayThreads: new RelayThreadRepository(db.models),
    audit: new AuditRepository(db.models),
    deliveries: new DeliveryRepository(db.models),
    owed: new OwedRepository(db.models),
    reminders: new ReminderRepository(db.models),
    therapistSettings: new TherapistSettingsRepository(db.models, (id) => directory.forgetPerson(id)),
    workspaces: new WorkspaceRepository(db.models),
    installations: new InstallationRepository(db.models),
    personData: new PersonDataRepository(db.models),
    retention: new RetentionRepository(db.models),
    sweepMarks: new SweepMarkRepository(db.models),
    historyStamps: new HistoryStampRepository(db.models),
    recommendations: new RecommendationRepository(db.models, (id) => directory.forgetPerson(id)),
    therapistChanges: new TherapistChangeRepository(db.models),
    memory,
    offers: new OfferRepository(db.models),
    sessionMessages: new SessionMessageRepository(db.models),
  };
}

export { claimKeys, isDuplicateKey } from './claims.js';
