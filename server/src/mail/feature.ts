import { UserModel } from '../auth/user.model';
import type { Feature } from '../feature';
import { mailRoutes } from './mail.routes';
import { forgetOutboxMailsTo } from './outbox.service';

/** Outgoing mail: SMTP, or the outbox that development and tests read. */
export const mailFeature: Feature = {
  name: 'mail',
  routes: (bind, w) => mailRoutes(bind, { mailer: w.mailer }),
  personalData: [
    {
      // Holds addresses, not user ids: declared so that deletion forgets them.
      model: 'OutboxMail',
      userPaths: [],
      retention: 'until read from the outbox; mails to the address go with the account',
      export: { in: 'none', reason: 'copies of mails sent to the person, not kept for them' },
      async erase(userId) {
        const user = await UserModel.findById(userId, { email: 1 }).lean();
        if (user) await forgetOutboxMailsTo(user.email);
      },
    },
  ],
};
