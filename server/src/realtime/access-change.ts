/**
 * Something that may take rights away from open live connections. Published once, by the code
 * that made the change, through `AccessChanges.publish`; every instance then re-evaluates its
 * own connections that the change may concern.
 */
export type AccessChange =
  /** A council membership began, changed its role, or ended (`role: null`). */
  | { kind: 'membership'; userId: string; workspaceId: string }
  /** The platform roles of an account changed (admin, coordinator). */
  | { kind: 'platform_role'; userId: string }
  /** An account was deactivated, reactivated or deleted. */
  | { kind: 'account'; userId: string }
  /** The password changed: every session but `keepSessionId` (the one that changed it) ends. */
  | { kind: 'password'; userId: string; keepSessionId?: string }
  /** One session ended (logout, or ended from elsewhere): its connections end too. */
  | { kind: 'session'; sessionId: string }
  /**
   * Who may see one record changed (its visibility, its invited councils or people). `type` is
   * the record's live room prefix (`project`, `exchange`) or `document` for a collaborative
   * document (a plan, a meeting's minutes).
   */
  | { kind: 'visibility'; resource: { type: string; id: string } };
