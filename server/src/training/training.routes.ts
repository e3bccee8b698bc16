import { endpoints } from '@pnetz/shared';
import { Router } from 'express';
import { Types } from 'mongoose';
import type { Actor } from '../auth/actor';
import { notFound } from '../errors';
import type { RouteBinder } from '../http/route';
import { MembershipModel } from '../workspaces/membership.model';
import type { TrainingContext } from './context';
import { checkIn, findCertificate, issueCertificates, participantsOf } from './day.service';
import {
  feedbackQuestionnaire,
  feedbackResults,
  giveFeedback,
  questionnaireOf,
  saveFeedbackQuestionnaire,
} from './feedback.service';
import { trainingFigures } from './figures.service';
import type { TrainingOfferRecord } from './offer.model';
import * as offers from './offers.service';
import { attendancePdf, certificatePdf } from './pdf';
import { TrainingRegistrationModel, type TrainingRegistrationRecord } from './registration.model';
import * as changes from './registration-changes.service';
import * as registrations from './registration.service';
import { TrainingPlaceModel } from './seat.model';
import { authorizeTraining, trainingAllows } from './training.policy';
import { presentOffer, presentParticipant, presentRegistration } from './training.presenter';
import { registrationIdOf } from './tokens';
import { usePrivacyContext } from './personal-data';

/** The training catalogue: offers, registration, the day itself, certificates, feedback, figures. */
export function trainingRoutes(bind: RouteBinder, ctx: TrainingContext): Router {
  const router = Router();
  const api = endpoints.training;
  usePrivacyContext(ctx);

  const presentOffers = async (list: TrainingOfferRecord[], actor: Actor | null) => {
    const sessionIds = list.flatMap((o) => o.sessions.map((s) => s._id));
    const [takenRows, waitingRows, mine] = await Promise.all([
      TrainingPlaceModel.aggregate<{ _id: Types.ObjectId; n: number }>([
        { $match: { sessionId: { $in: sessionIds } } },
        { $group: { _id: '$sessionId', n: { $sum: 1 } } },
      ]),
      TrainingRegistrationModel.aggregate<{ _id: Types.ObjectId; n: number }>([
        { $match: { sessionId: { $in: sessionIds }, status: 'waiting' } },
        { $group: { _id: '$sessionId', n: { $sum: 1 } } },
      ]),
      actor
        ? TrainingRegistrationModel.find({
            userId: new Types.ObjectId(actor.id),
            sessionId: { $in: sessionIds },
            status: { $in: ['registered', 'waiting'] },
          }).lean()
        : Promise.resolve([]),
    ]);
    const taken = new Map(takenRows.map((row) => [row._id.toHexString(), row.n]));
    const waiting = new Map(waitingRows.map((row) => [row._id.toHexString(), row.n]));
    const mineFacts = await Promise.all(
      mine.map(async (r) => ({
        id: r._id.toHexString(),
        sessionId: r.sessionId.toHexString(),
        status: r.status,
        position: await registrations.waitingPosition(r),
      })),
    );
    const canManage = trainingAllows(actor, 'organise');
    return list.map((offer) => presentOffer(offer, { taken, waiting, mine: mineFacts, canManage }));
  };
  const presentOne = async (offer: TrainingOfferRecord, actor: Actor | null) =>
    (await presentOffers([offer], actor))[0]!;

  const view = async (registration: TrainingRegistrationRecord) => {
    const offer = await offers.loadOffer(registration.offerId.toHexString());
    return presentRegistration(
      registration,
      offer,
      await registrations.waitingPosition(registration),
    );
  };
  const byToken = async (token: string) => {
    const id = registrationIdOf(ctx.secret, token);
    const registration = id ? await TrainingRegistrationModel.findById(id).lean() : null;
    if (!registration) throw notFound('Registration');
    return registration;
  };
  const participant = async (registration: TrainingRegistrationRecord) => {
    const { items, councils } = await participantsOf(registration.sessionId.toHexString());
    const position =
      items.find((i) => i.registration._id.equals(registration._id))?.position ?? null;
    return presentParticipant(registration, position, councils);
  };

  bind(router, api.list, async ({ actor, query }) => ({
    items: await presentOffers(await offers.listOffers(query), actor),
  }));

  bind(router, api.get, async ({ actor, params }) =>
    presentOne(await offers.loadOffer(params.id), actor),
  );

  bind(router, api.create, async ({ actor, body }) => {
    authorizeTraining(actor, 'organise');
    return presentOne(await offers.createOffer(actor, body), actor);
  });

  bind(router, api.update, async ({ actor, params, body }) => {
    authorizeTraining(actor, 'organise');
    return presentOne(await offers.updateOffer(params.id, body), actor);
  });

  bind(router, api.cancelOffer, async ({ actor, params }) => {
    authorizeTraining(actor, 'organise');
    return presentOne(await offers.cancelOffer(ctx, params.id), actor);
  });

  bind(router, api.updateSession, async ({ actor, params, body }) => {
    authorizeTraining(actor, 'organise');
    return presentOne(await offers.updateSession(ctx, params.sessionId, body), actor);
  });

  bind(router, api.register, async ({ actor, params }) => {
    // Organisation and council are known from the membership: one step, nothing to type.
    const membership = await MembershipModel.findOne({ userId: actor.id })
      .sort({ createdAt: 1 })
      .lean();
    const registration = await registrations.register(ctx, params.sessionId, {
      userId: actor.id,
      workspaceId: membership?.workspaceId.toHexString() ?? null,
      name: actor.name,
      organisation: membership?.organisation.name ?? '',
      email: actor.email,
    });
    return { ...(await view(registration)), token: registrations.token(ctx, registration) };
  });

  bind(router, api.registerGuest, async ({ params, body }) => {
    const registration = await registrations.register(ctx, params.sessionId, {
      userId: null,
      workspaceId: null,
      name: body.name,
      organisation: body.organisation,
      email: body.email,
    });
    return { email: registration.email, confirmBy: registration.confirmBy!.toISOString() };
  });

  bind(router, api.mine, async ({ actor }) => {
    const list = await TrainingRegistrationModel.find({
      userId: new Types.ObjectId(actor.id),
      status: { $in: ['registered', 'waiting'] },
    })
      .sort({ createdAt: -1 })
      .lean();
    return {
      items: await Promise.all(
        list.map(async (r) => ({ ...(await view(r)), token: registrations.token(ctx, r) })),
      ),
    };
  });

  bind(router, api.byToken, async ({ params }) => view(await byToken(params.token)));

  bind(router, api.confirm, async ({ params }) => {
    // A genuine link whose registration was released reads as expired, not as unknown.
    const id = registrationIdOf(ctx.secret, params.token);
    if (!id) throw notFound('Registration');
    return view(await changes.confirm(ctx, id));
  });

  bind(router, api.cancelByToken, async ({ params }) => {
    const registration = await byToken(params.token);
    return view(await changes.cancel(ctx, registration._id.toHexString(), { byOrganiser: false }));
  });

  bind(router, api.certificate, async ({ params, res }) => {
    const registration = await byToken(params.token);
    if (!registration.certificateCode) throw notFound('Certificate');
    const certificate = await findCertificate(registration.certificateCode);
    const pdf = await certificatePdf(certificate, ctx.mails.verifyLink(certificate.code));
    res
      .status(200)
      .type('application/pdf')
      .attachment(`teilnahmebescheinigung-${certificate.code}.pdf`)
      .send(pdf);
  });

  bind(router, api.feedbackForm, async ({ params }) => {
    const registration = await byToken(params.token);
    return { json: questionnaireOf(await offers.loadOffer(registration.offerId.toHexString())) };
  });

  bind(router, api.feedback, async ({ params, body }) => {
    await giveFeedback(await byToken(params.token), body);
  });

  bind(router, api.cancelRegistration, async ({ actor, params }) => {
    const registration = await TrainingRegistrationModel.findById(params.id).lean();
    const organiser = trainingAllows(actor, 'organise');
    // Someone else's registration does not exist for a member.
    if (!registration || (!organiser && !registration.userId?.equals(actor.id)))
      throw notFound('Registration');
    return participant(await changes.cancel(ctx, params.id, { byOrganiser: organiser }));
  });

  bind(router, api.move, async ({ actor, params, body }) => {
    authorizeTraining(actor, 'organise');
    return participant(await changes.move(ctx, params.id, body.sessionId));
  });

  bind(router, api.participants, async ({ actor, params }) => {
    authorizeTraining(actor, 'organise');
    const { items, councils } = await participantsOf(params.sessionId);
    return { items: items.map((i) => presentParticipant(i.registration, i.position, councils)) };
  });

  bind(router, api.attendanceList, async ({ actor, params, res }) => {
    authorizeTraining(actor, 'organise');
    const { offer, session, items, councils } = await participantsOf(params.sessionId);
    const people = items
      .filter((i) => i.registration.status === 'registered')
      .map(({ registration: r }) => ({
        name: r.name,
        organisation: r.organisation,
        council: r.workspaceId ? (councils.get(r.workspaceId.toHexString()) ?? null) : null,
      }));
    const pdf = await attendancePdf(offer, session, people);
    res.status(200).type('application/pdf').attachment('teilnahmeliste.pdf').send(pdf);
  });

  bind(router, api.checkIn, async ({ actor, params, body }) => {
    authorizeTraining(actor, 'organise');
    return { results: await checkIn(params.sessionId, body.items) };
  });

  bind(router, api.issueCertificates, async ({ actor, params }) => {
    authorizeTraining(actor, 'organise');
    return issueCertificates(params.sessionId);
  });

  bind(router, api.verify, async ({ params }) => {
    const certificate = await findCertificate(params.code);
    return {
      code: certificate.code,
      name: certificate.name,
      offerTitle: certificate.offerTitle,
      date: certificate.sessionStartsAt.toISOString(),
    };
  });

  bind(router, api.feedbackQuestionnaire, async ({ actor, params }) => {
    authorizeTraining(actor, 'organise');
    return feedbackQuestionnaire(await offers.loadOffer(params.id));
  });

  bind(router, api.saveFeedbackQuestionnaire, async ({ actor, params, body }) => {
    authorizeTraining(actor, 'organise');
    return saveFeedbackQuestionnaire(params.id, body.json);
  });

  bind(router, api.feedbackResults, async ({ actor, params }) => {
    authorizeTraining(actor, 'organise');
    const offer = await offers.loadOffer(params.id);
    return feedbackResults(offer._id);
  });

  bind(router, api.figures, async ({ actor }) => {
    authorizeTraining(actor, 'organise');
    return trainingFigures();
  });

  return router;
}
