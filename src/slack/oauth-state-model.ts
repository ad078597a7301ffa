// The OAuth states handed out by /slack/install and not yet used. Kept in its own file (not src/store/models.ts):
// only the Slack installer reads or writes it. Only a state's SHA-256 is stored, so the collection alone cannot
// complete anyone's install.
import { Schema, type Connection, type Model } from 'mongoose';

export interface OAuthStateDoc {
  /** hex SHA-256 of the state parameter. */
  _id: string;
  /** The InstallURLOptions the state was issued with, as JSON. */
  installOptions: string;
  /** After this the state is refused (and removed when met or swept). FerretDB has no TTL indexes. */
  expiresAt: Date;
}

const oauthStateSchema = new Schema<OAuthStateDoc>(
  {
    _id: { type: String, required: true },
    installOptions: { type: String, required: true },
    expiresAt: { type: Date, required: true },
  },
  { versionKey: false },
);

const MODEL = 'SlackOAuthState';

/** The model on `conn`, bound once per connection. */
export function oauthStateModel(conn: Connection): Model<OAuthStateDoc> {
  return (
    (conn.models[MODEL] as Model<OAuthStateDoc> | undefined) ?? conn.model<OAuthStateDoc>(MODEL, oauthStateSchema, 'slack_oauth_states')
  );
}
