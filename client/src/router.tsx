// Long by design: the one route table of the app; every page is found here, and the e2e tests
// read their list of routes from it.
import { createBrowserRouter } from 'react-router';
import { AppLayout } from './components/AppLayout';
import { NotFoundPage } from './components/NotFoundPage';
import { RootError, RouteError } from './components/RouteError';
import { InitialLoading, Root } from './components/Root';
import { redirectIfSignedIn, requireUser, startPage } from './features/auth/guards';
import { queryClient } from './queryClient';

// Pages load on demand; the shell (layouts, error and 404 pages) is in the main bundle.
export const router = createBrowserRouter([
  {
    Component: Root,
    ErrorBoundary: RootError,
    HydrateFallback: InitialLoading,
    children: [
      {
        path: 'anmelden',
        loader: redirectIfSignedIn(queryClient),
        lazy: async () => ({
          Component: (await import('./features/auth/LoginPage')).LoginPage,
        }),
      },
      {
        // Good practice: public experience reports, readable without login.
        path: 'gute-praxis',
        lazy: async () => ({
          Component: (await import('./features/exchange/reports/GoodPracticePage'))
            .GoodPracticePage,
        }),
      },
      {
        path: 'gute-praxis/:reportId',
        lazy: async () => ({
          Component: (await import('./features/exchange/reports/GoodPracticeReportPage'))
            .GoodPracticeReportPage,
        }),
      },
      {
        // Checking a certificate of participation: public, shows name, offer and date only.
        path: 'nachweis/:code?',
        lazy: async () => ({
          Component: (await import('./features/training/VerifyPage')).VerifyPage,
        }),
      },
      {
        // The training catalogue is public; signed-in people see it inside the app.
        path: 'fortbildung',
        lazy: async () => ({
          Component: (await import('./features/training/TrainingShell')).TrainingShell,
        }),
        children: [
          {
            ErrorBoundary: RouteError,
            children: [
              {
                index: true,
                lazy: async () => ({
                  Component: (await import('./features/training/CataloguePage')).CataloguePage,
                }),
              },
              {
                path: 'studiengang',
                lazy: async () => ({
                  Component: (await import('./features/training/DegreePage')).DegreePage,
                }),
              },
              {
                path: 'anmeldung/:token',
                lazy: async () => ({
                  Component: (await import('./features/training/RegistrationPage'))
                    .RegistrationPage,
                }),
              },
              {
                path: ':offerId',
                lazy: async () => ({
                  Component: (await import('./features/training/OfferPage')).OfferPage,
                }),
              },
            ],
          },
        ],
      },
      {
        // The public answering page of a security analysis: no account, the access code opens it.
        path: 'umfrage',
        lazy: async () => ({
          Component: (await import('./features/analysis/survey/SurveyPage')).SurveyPage,
        }),
      },
      {
        // The short link printed under the QR code of a letter.
        path: 'u/:code',
        lazy: async () => ({
          Component: (await import('./features/analysis/survey/SurveyPage')).SurveyPage,
        }),
      },
      {
        // The link in an invitation mail: open to everyone, the token is the credential.
        path: 'einladung/:token',
        lazy: async () => ({
          Component: (await import('./features/invitation/AcceptInvitationPage'))
            .AcceptInvitationPage,
        }),
      },
      {
        path: 'passwort-vergessen',
        lazy: async () => ({
          Component: (await import('./features/password-reset/ForgotPasswordPage'))
            .ForgotPasswordPage,
        }),
      },
      {
        // The link in a password reset mail: the token in the fragment is the credential.
        path: 'passwort-neu',
        lazy: async () => ({
          Component: (await import('./features/password-reset/ResetPasswordPage'))
            .ResetPasswordPage,
        }),
      },
      {
        // The link in an address-change mail: the token in the fragment is the credential.
        path: 'email-bestaetigen',
        lazy: async () => ({
          Component: (await import('./features/profile/ConfirmEmailPage')).ConfirmEmailPage,
        }),
      },
      {
        loader: requireUser(queryClient),
        Component: AppLayout,
        children: [
          {
            // Errors inside a page keep the header and navigation usable.
            ErrorBoundary: RouteError,
            children: [
              {
                // The start page differs per role; the council list is one link away.
                index: true,
                loader: startPage(queryClient),
              },
              {
                path: 'raete',
                lazy: async () => ({
                  Component: (await import('./features/councils/CouncilListPage')).CouncilListPage,
                }),
              },
              {
                path: 'analysen/:analysisId/fragebogen',
                lazy: async () => ({
                  Component: (
                    await import('./features/analysis/questionnaire/QuestionnaireEditorPage')
                  ).QuestionnaireEditorPage,
                }),
              },
              {
                path: 'analysen/:analysisId/papierboegen',
                lazy: async () => ({
                  Component: (await import('./features/analysis/paper/PaperEntryPage'))
                    .PaperEntryPage,
                }),
              },
              {
                path: 'austausch',
                lazy: async () => ({
                  Component: (await import('./features/exchange/ExchangeListPage'))
                    .ExchangeListPage,
                }),
              },
              {
                path: 'austausch/neu',
                lazy: async () => ({
                  Component: (await import('./features/exchange/ExchangeFormPage'))
                    .CreateExchangePage,
                }),
              },
              {
                path: 'austausch/kalender',
                lazy: async () => ({
                  Component: (await import('./features/exchange/calendar/CalendarPage'))
                    .CalendarPage,
                }),
              },
              {
                path: 'austausch/berichte',
                lazy: async () => ({
                  Component: (await import('./features/exchange/reports/ReportListPage'))
                    .ReportListPage,
                }),
              },
              {
                path: 'austausch/berichte/neu',
                lazy: async () => ({
                  Component: (await import('./features/exchange/reports/ReportFormPage'))
                    .ReportFormPage,
                }),
              },
              {
                path: 'austausch/berichte/:reportId',
                lazy: async () => ({
                  Component: (await import('./features/exchange/reports/ReportPage')).ReportPage,
                }),
              },
              {
                path: 'austausch/berichte/:reportId/bearbeiten',
                lazy: async () => ({
                  Component: (await import('./features/exchange/reports/ReportFormPage'))
                    .ReportFormPage,
                }),
              },
              {
                path: 'austausch/empfehlungen',
                lazy: async () => ({
                  Component: (await import('./features/exchange/matching/MatchingPage'))
                    .MatchingPage,
                }),
              },
              {
                path: 'austausch/handlungsfelder',
                lazy: async () => ({
                  Component: (await import('./features/exchange/matching/FieldOverviewPage'))
                    .FieldOverviewPage,
                }),
              },
              {
                path: 'austausch/:exchangeId/bearbeiten',
                lazy: async () => ({
                  Component: (await import('./features/exchange/ExchangeFormPage'))
                    .EditExchangePage,
                }),
              },
              {
                path: 'austausch/:exchangeId',
                lazy: async () => ({
                  Component: (await import('./features/exchange/ExchangePage')).ExchangePage,
                }),
              },
              {
                path: 'sitzungen/:meetingId',
                lazy: async () => ({
                  Component: (await import('./features/exchange/meetings/MeetingPage')).MeetingPage,
                }),
              },
              {
                path: 'fortbildung/neu',
                lazy: async () => ({
                  Component: (await import('./features/training/OfferFormPage')).OfferFormPage,
                }),
              },
              {
                path: 'fortbildung/meine',
                lazy: async () => ({
                  Component: (await import('./features/training/MyRegistrationsPage'))
                    .MyRegistrationsPage,
                }),
              },
              {
                path: 'fortbildung/:offerId/rueckmeldebogen',
                lazy: async () => ({
                  Component: (await import('./features/training/FeedbackEditorPage'))
                    .FeedbackEditorPage,
                }),
              },
              {
                path: 'fortbildung/einlass/:sessionId',
                lazy: async () => ({
                  Component: (await import('./features/training/CheckInPage')).CheckInPage,
                }),
              },
              {
                path: 'suche',
                lazy: async () => ({
                  Component: (await import('./features/search/SearchPage')).SearchPage,
                }),
              },
              {
                path: 'raete/:workspaceId',
                lazy: async () => ({
                  Component: (await import('./features/councils/CouncilLayout')).CouncilLayout,
                }),
                children: [
                  {
                    index: true,
                    lazy: async () => ({
                      Component: (await import('./features/councils/CouncilHomePage'))
                        .CouncilHomePage,
                    }),
                  },
                  {
                    path: 'sicherheitsanalyse',
                    lazy: async () => ({
                      Component: (await import('./features/analysis/manage/AnalysisListPage'))
                        .AnalysisListPage,
                    }),
                  },
                  {
                    path: 'sicherheitsanalyse/:analysisId',
                    lazy: async () => ({
                      Component: (await import('./features/analysis/manage/AnalysisPage'))
                        .AnalysisPage,
                    }),
                  },
                  {
                    path: 'sicherheitsanalyse/:analysisId/ergebnisse',
                    lazy: async () => ({
                      Component: (await import('./features/analysis/results/ResultsPage'))
                        .ResultsPage,
                    }),
                  },
                  {
                    path: 'sicherheitsanalyse/:analysisId/bericht',
                    lazy: async () => ({
                      Component: (await import('./features/analysis/report/ReportPage')).ReportPage,
                    }),
                  },
                  {
                    path: 'mitglieder',
                    lazy: async () => ({
                      Component: (await import('./features/councils/members/MembersPage'))
                        .MembersPage,
                    }),
                  },
                  {
                    path: 'einladungen',
                    lazy: async () => ({
                      Component: (await import('./features/councils/invitations/InvitationsPage'))
                        .InvitationsPage,
                    }),
                  },
                  {
                    path: 'protokoll',
                    lazy: async () => ({
                      Component: (await import('./features/councils/audit/AuditPage')).AuditPage,
                    }),
                  },
                  {
                    path: 'einstellungen',
                    lazy: async () => ({
                      Component: (await import('./features/councils/settings/SettingsPage'))
                        .SettingsPage,
                    }),
                  },
                  {
                    path: 'plaene',
                    lazy: async () => ({
                      Component: (await import('./features/plans/list/PlanListPage')).PlanListPage,
                    }),
                  },
                  {
                    path: 'fristen',
                    lazy: async () => ({
                      Component: (await import('./features/plans/deadlines/DeadlinesPage'))
                        .DeadlinesPage,
                    }),
                  },
                  {
                    path: 'projekte',
                    lazy: async () => ({
                      Component: (await import('./features/projects/list/ProjectListPages'))
                        .CouncilProjectsPage,
                    }),
                  },
                  {
                    path: 'projekte/neu',
                    lazy: async () => ({
                      Component: (await import('./features/projects/form/ProjectFormPage'))
                        .ProjectFormPage,
                    }),
                  },
                  {
                    path: 'projekte/:projectId',
                    lazy: async () => ({
                      Component: (await import('./features/projects/page/ProjectPage')).ProjectPage,
                    }),
                  },
                  {
                    path: 'projekte/:projectId/bearbeiten',
                    lazy: async () => ({
                      Component: (await import('./features/projects/form/ProjectFormPage'))
                        .ProjectFormPage,
                    }),
                  },
                  {
                    path: 'dateien',
                    lazy: async () => ({
                      Component: (await import('./features/library/LibraryPage')).LibraryPage,
                    }),
                  },
                  {
                    path: 'aktivitaet',
                    lazy: async () => ({
                      Component: (await import('./features/projects/feed/FeedPage')).FeedPage,
                    }),
                  },
                ],
              },
              {
                path: 'projekte',
                lazy: async () => ({
                  Component: (await import('./features/projects/list/ProjectListPages'))
                    .NetworkProjectsPage,
                }),
              },
              {
                path: 'verzeichnis',
                lazy: async () => ({
                  Component: (await import('./features/directory/DirectoryPage')).DirectoryPage,
                }),
              },
              {
                path: 'ueberblick',
                lazy: async () => ({
                  Component: (await import('./features/overview/OverviewPage')).OverviewPage,
                }),
              },
              {
                path: 'benachrichtigungen',
                lazy: async () => ({
                  Component: (await import('./features/notifications/NotificationsPage'))
                    .NotificationsPage,
                }),
              },
              {
                path: 'profil',
                lazy: async () => ({
                  Component: (await import('./features/profile/ProfilePage')).ProfilePage,
                }),
              },
              {
                // Platform administration; each page tells people without the role so.
                path: 'verwaltung',
                lazy: async () => ({
                  Component: (await import('./features/admin/AdminIndex')).AdminIndex,
                }),
              },
              {
                path: 'verwaltung/konten',
                lazy: async () => ({
                  Component: (await import('./features/admin/AccountsPage')).AccountsPage,
                }),
              },
              {
                path: 'verwaltung/rat-gruenden',
                lazy: async () => ({
                  Component: (await import('./features/admin/FoundCouncilPage')).FoundCouncilPage,
                }),
              },
              {
                path: 'verwaltung/postausgang',
                lazy: async () => ({
                  Component: (await import('./features/admin/PlatformOutboxPage'))
                    .PlatformOutboxPage,
                }),
              },
              {
                path: 'plaene/:planId',
                lazy: async () => ({
                  Component: (await import('./features/plans/editor/PlanEditorPage'))
                    .PlanEditorPage,
                }),
              },
              {
                path: 'programm',
                lazy: async () => ({
                  Component: (await import('./features/programme/ProgrammePage')).ProgrammePage,
                }),
              },
              {
                path: 'programm/kommunen/neu',
                lazy: async () => ({
                  Component: (await import('./features/programme/municipality/MunicipalityPage'))
                    .NewMunicipalityPage,
                }),
              },
              {
                path: 'programm/kommunen/:municipalityId',
                lazy: async () => ({
                  Component: (await import('./features/programme/municipality/MunicipalityPage'))
                    .MunicipalityPage,
                }),
              },
              { path: '*', Component: NotFoundPage },
            ],
          },
        ],
      },
    ],
  },
]);
