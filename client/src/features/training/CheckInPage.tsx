import { buildPath, endpoints, type CheckInResult, type TrainingParticipant } from '@pnetz/shared';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { Page } from '../../components/Page';
import { api } from '../../lib/api';
import { TextField } from '../../ui/form/Field';
import {
  cacheParticipants,
  cachedParticipants,
  queueCheckIn,
  queuedCheckIns,
  syncCheckIns,
} from './checkin-queue';
import { trainingErrorKey } from './format';
import { participantsQuery } from './queries';

const normalise = (code: string) =>
  code
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '')
    .replace(/(.{4})(?=.)/g, '$1-');

/** `/fortbildung/einlass/:sessionId`: check-in at the door on a phone, also offline. */
export function CheckInPage() {
  const { t } = useTranslation();
  const { sessionId = '' } = useParams();
  const id = useId();
  const query = useQuery({
    ...participantsQuery(sessionId),
    placeholderData: () =>
      cachedParticipants(sessionId)?.length ? { items: cachedParticipants(sessionId)! } : undefined,
  });
  const [pending, setPending] = useState(() => queuedCheckIns(sessionId).map((q) => q.code));
  const [message, setMessage] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const [code, setCode] = useState('');
  const [offline, setOffline] = useState(false);

  useEffect(() => {
    if (query.data && !query.isPlaceholderData) cacheParticipants(sessionId, query.data.items);
  }, [query.data, query.isPlaceholderData, sessionId]);

  const sync = useCallback(async () => {
    try {
      const results = await syncCheckIns(sessionId);
      setOffline(false);
      setPending(queuedCheckIns(sessionId).map((q) => q.code));
      if (results.length > 0) void query.refetch();
      return results;
    } catch {
      setOffline(true);
      return [] as CheckInResult[];
    }
  }, [sessionId, query]);

  useEffect(() => {
    const onOnline = () => void sync();
    window.addEventListener('online', onOnline);
    // What was queued on an earlier visit goes out as soon as the page is open.
    const first = setTimeout(onOnline, 0);
    return () => {
      clearTimeout(first);
      window.removeEventListener('online', onOnline);
    };
    // Once per page: the listener syncs whenever the connection returns.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sessionId]);

  const list = query.data?.items ?? [];
  const byCode = new Map(list.map((p) => [p.checkInCode, p]));

  const checkIn = async (rawCode: string) => {
    const value = normalise(rawCode);
    const person = byCode.get(value);
    queueCheckIn(sessionId, value);
    setPending(queuedCheckIns(sessionId).map((q) => q.code));
    const results = await sync();
    const result = results.find((r) => r.code === value);
    if (result?.outcome === 'unknown' || (!result && !person && list.length > 0)) {
      setMessage(t('training.checkIn.unknown', { code: value }));
    } else if (result?.outcome === 'already') {
      setMessage(t('training.checkIn.already', { name: result.name }));
    } else if (result) {
      setMessage(t('training.checkIn.done', { name: result.name }));
    } else {
      setMessage(t('training.checkIn.queued', { name: person?.name ?? value }));
    }
  };

  const submitCode = (event: FormEvent) => {
    event.preventDefault();
    if (code.trim()) void checkIn(code);
    setCode('');
  };

  const certificates = useMutation({
    mutationFn: () => api(endpoints.training.issueCertificates, { params: { sessionId } }),
    onSuccess: () => void query.refetch(),
  });

  const term = search.trim().toLocaleLowerCase('de');
  const registered = list.filter((p) => p.status === 'registered');
  const shown = term
    ? registered.filter((p) => p.name.toLocaleLowerCase('de').includes(term))
    : registered;
  const checkedIn = registered.filter(
    (p) => p.checkedInAt || pending.includes(p.checkInCode),
  ).length;

  if (query.isPending) return <LoadingState />;
  // A refusal keeps the page's heading, so the page says where one is.
  if (query.error && !query.data)
    return (
      <Page title={t('training.checkIn.title')}>
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      </Page>
    );
  return (
    <Page title={t('training.checkIn.title')}>
      <p role="status" className="t-status">
        {t('training.checkIn.count', { checked: checkedIn, total: registered.length })}
        {pending.length > 0 ? ` · ${t('training.checkIn.pending', { count: pending.length })}` : ''}
        {offline ? ` · ${t('training.checkIn.offline')}` : ''}
      </p>
      {message ? (
        <p className="t-notice" role="alert">
          {message}
        </p>
      ) : null}
      <form
        className="form t-inline"
        onSubmit={submitCode}
        aria-label={t('training.checkIn.byCode')}
      >
        <TextField
          id={`${id}-code`}
          label={t('training.checkIn.code')}
          value={code}
          autoCapitalize="characters"
          autoComplete="off"
          onValueChange={setCode}
        />
        <button type="submit" className="button">
          {t('training.checkIn.submit')}
        </button>
      </form>
      <QrScanner onCode={(value) => void checkIn(value)} />
      <TextField
        id={`${id}-search`}
        label={t('training.checkIn.search')}
        type="search"
        value={search}
        onValueChange={setSearch}
      />
      <ul className="t-people" aria-label={t('training.checkIn.listLabel')}>
        {shown.map((person) => (
          <PersonRow
            key={person.id}
            person={person}
            queued={pending.includes(person.checkInCode)}
            onCheckIn={() => void checkIn(person.checkInCode)}
          />
        ))}
      </ul>
      <section className="section" aria-labelledby="t-after">
        <h2 id="t-after" className="section__title">
          {t('training.checkIn.documents')}
        </h2>
        <p className="t-actions">
          <a
            className="button button--secondary"
            href={buildPath(endpoints.training.attendanceList.path, { sessionId })}
          >
            {t('training.checkIn.attendancePdf')}
          </a>
          <button
            type="button"
            className="button"
            disabled={certificates.isPending}
            onClick={() => certificates.mutate()}
          >
            {t('training.checkIn.issueCertificates')}
          </button>
        </p>
        {certificates.data ? (
          <p role="status">
            {t('training.checkIn.issued', {
              issued: certificates.data.issued,
              total: certificates.data.total,
            })}
          </p>
        ) : null}
        {certificates.error ? (
          <p className="form__alert" role="alert">
            {t(trainingErrorKey(certificates.error))}
          </p>
        ) : null}
      </section>
    </Page>
  );
}

function PersonRow({
  person,
  queued,
  onCheckIn,
}: {
  person: TrainingParticipant;
  queued: boolean;
  onCheckIn: () => void;
}) {
  const { t } = useTranslation();
  const done = person.checkedInAt !== null || queued;
  return (
    <li className="t-person">
      <span>
        <strong>{person.name}</strong>
        <br />
        <span className="x-muted">
          {[person.organisation, person.council].filter(Boolean).join(' · ')}
        </span>
      </span>
      {done ? (
        <span className="t-done">
          {person.checkedInAt ? t('training.checkIn.present') : t('training.checkIn.queuedShort')}
        </span>
      ) : (
        <button
          type="button"
          className="button"
          onClick={onCheckIn}
          aria-label={t('training.checkIn.checkInPerson', { name: person.name })}
        >
          {t('training.checkIn.checkIn')}
        </button>
      )}
    </li>
  );
}

interface Detector {
  detect(source: HTMLVideoElement): Promise<Array<{ rawValue: string }>>;
}
type DetectorConstructor = new (options: { formats: string[] }) => Detector;

/** Scans the QR code from the confirmation mail with the camera where the browser can. */
function QrScanner({ onCode }: { onCode: (code: string) => void }) {
  const { t } = useTranslation();
  const videoRef = useRef<HTMLVideoElement>(null);
  const [active, setActive] = useState(false);
  const Barcode = (globalThis as { BarcodeDetector?: DetectorConstructor }).BarcodeDetector;

  useEffect(() => {
    if (!active || !Barcode) return;
    let stream: MediaStream | null = null;
    let stopped = false;
    const detector = new Barcode({ formats: ['qr_code'] });
    const scan = async () => {
      if (stopped || !videoRef.current) return;
      const found = await detector.detect(videoRef.current).catch(() => []);
      if (found[0]) {
        onCode(found[0].rawValue);
        setActive(false);
        return;
      }
      requestAnimationFrame(() => void scan());
    };
    void navigator.mediaDevices
      .getUserMedia({ video: { facingMode: 'environment' } })
      .then(async (media) => {
        stream = media;
        if (!videoRef.current) return;
        videoRef.current.srcObject = media;
        await videoRef.current.play();
        void scan();
      })
      .catch(() => setActive(false));
    return () => {
      stopped = true;
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, [active, Barcode, onCode]);

  if (!Barcode) return <p className="x-hint">{t('training.checkIn.noScanner')}</p>;
  return (
    <div className="t-scanner">
      <button
        type="button"
        className="button button--secondary"
        onClick={() => setActive((a) => !a)}
      >
        {active ? t('training.checkIn.stopScan') : t('training.checkIn.scan')}
      </button>
      {active ? (
        <video ref={videoRef} muted playsInline aria-label={t('training.checkIn.camera')} />
      ) : null}
    </div>
  );
}
