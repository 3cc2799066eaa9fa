import type { AspirationSeed } from '../seed-model';

// Up, into management, or sideways; about half shared with HR. Each is written
// in its author's own voice.
export const ACME_ASPIRATIONS: AspirationSeed[] = [
  {
    person: 'priya',
    target: 'pmm-manager',
    statement:
      'I want to lead a product marketing team. For the last two launches I have been the person who runs the launch council, coaches the newer PMMs and writes the plan everyone works from, and I would like to do that job properly, with the accountability that comes with it.',
    motivations:
      'The days I enjoy most are the ones where someone I coached ships something better than I would have. I want to build a team that treats launches as a craft, and I want a say in how we hire and how we grow people, not only in what we ship.',
    strengths:
      'Cross-functional launches: I can get Product, Sales and Support to one plan and keep it there. Writing things down so others can repeat them (the launch playbook is used by three teams now). Patience with people who are new to the work.',
    horizon: '2027-06-30',
    sharedWithHr: true,
    since: '2026-02-09',
  },
  {
    person: 'sam',
    target: 'pm',
    statement:
      'I want to move from product marketing into product management, as a Product Manager on one of the product teams.',
    motivations:
      'In every launch I have worked on, the part I liked most was the discovery before it: the customer calls, the problem framing, arguing about what not to build. I would rather own those decisions than explain them afterwards.',
    strengths:
      'I talk to customers every week and write up what I hear. I know the product well from the outside, and I can turn a messy set of interviews into a clear story.',
    horizon: '2027-09-30',
    sharedWithHr: false,
    since: '2026-04-20',
  },
  {
    person: 'lee',
    target: 'staff-engineer',
    statement:
      'I want to grow as an engineer, not a manager: to be the staff engineer who sets the technical direction for Growth and the experiment platform other teams build on.',
    motivations:
      'I like being close to the code and I like unblocking other teams. The experiment platform is the thing I know best and the thing the company needs most from Growth next year.',
    strengths:
      'Deep knowledge of the experiment and event pipelines; careful, well-tested changes; people ask me to review their designs.',
    horizon: '2027-12-31',
    sharedWithHr: true,
    since: '2025-09-15',
  },
  {
    person: 'daniela',
    target: 'engineering-manager',
    statement:
      'I would like to become the engineering manager of Payments. Since Astrid left I have been running our planning and one-to-ones informally, and I want to do it for real.',
    motivations:
      'I care about this team and I know where it hurts. I want to fix our on-call load and give the two newer engineers the onboarding I never had.',
    strengths:
      'Calm in incidents, trusted by Finance and Support, good at breaking big work into safe steps.',
    horizon: '2027-03-31',
    sharedWithHr: true,
    since: '2026-10-06',
  },
  {
    person: 'marcus',
    target: 'engineering-manager',
    statement: 'I want to try engineering management within the next year.',
    motivations:
      'Mentoring Zara and Keiko has been the most rewarding part of my year. I want to spend more of my time helping people do their best work.',
    strengths: 'Mentoring, running retros, writing clear project plans.',
    horizon: '2027-10-31',
    sharedWithHr: true,
    since: '2026-05-11',
  },
  {
    person: 'sophie',
    target: 'staff-engineer',
    statement: 'Staff Engineer on Platform, owning the storage and reliability roadmap.',
    motivations:
      'I have been a senior engineer for a long time and the last two staff roles went to outside hires. I want to know what I need to show to be the internal answer next time.',
    strengths: 'I know every part of the platform that pages people at night, and why.',
    horizon: '2027-06-30',
    sharedWithHr: false,
    since: '2026-03-02',
  },
  {
    person: 'mateo',
    target: 'pm',
    statement: 'I am curious about product management and would like to move across in a year or two.',
    motivations:
      'I enjoy the experiment design and the analysis more than the implementation now. PMs on Growth do the part of the job I like most.',
    strengths: 'Experiment design, SQL, talking to the data team.',
    horizon: '2028-06-30',
    sharedWithHr: false,
    since: '2026-07-20',
  },
  {
    person: 'zara',
    target: 'senior-engineer',
    statement: 'Senior Engineer on Growth by the end of next year.',
    motivations: 'I want to own a whole area of the product, not just tickets within it.',
    strengths: 'Fast learner, thorough tests, good with front-end performance.',
    horizon: '2027-12-31',
    sharedWithHr: false,
    since: '2026-01-26',
  },
  {
    person: 'yuki',
    target: 'lead-pm',
    statement: 'Lead Product Manager for the analytics product line.',
    motivations: 'I want to set direction across several teams instead of within one.',
    strengths: 'Roadmapping, stakeholder management, a good nose for what customers will pay for.',
    horizon: '2027-09-30',
    sharedWithHr: true,
    since: '2026-04-13',
  },
  {
    person: 'tomas',
    target: 'senior-pm',
    statement: 'Senior Product Manager within a year and a half.',
    motivations: 'I want to own a larger problem space end to end, from discovery to pricing.',
    strengths: 'Positioning and launch work from my PMM years; I write crisp specs.',
    horizon: '2027-12-31',
    sharedWithHr: false,
    since: '2026-02-16',
  },
  {
    person: 'lucia',
    target: 'senior-pm',
    statement: 'Senior PM on the self-serve onboarding area.',
    motivations: 'Onboarding is where most of our churn starts, and I want to be the one who fixes it.',
    strengths: 'Qualitative research, working with Design, fast iteration.',
    horizon: '2027-12-31',
    sharedWithHr: true,
    since: '2026-05-04',
  },
  {
    person: 'ben',
    target: 'pm-manager',
    statement: 'Manager of Product Management, leading the integrations PMs.',
    motivations: 'I already coach the PMs around me. I want to take on hiring and career growth for a team.',
    strengths: 'Coaching, writing strategy docs, negotiating with partners.',
    horizon: '2027-06-30',
    sharedWithHr: true,
    since: '2026-08-03',
  },
  {
    person: 'isaac',
    target: 'engineering-manager',
    statement: 'I think I want to be a manager, but I would like to try it before committing.',
    motivations: 'I like helping people grow, and I liked leading the offline-mode project.',
    strengths: 'Technical leadership on mobile, good relationships with Design.',
    horizon: '2027-12-31',
    sharedWithHr: false,
    since: '2026-09-07',
  },
  {
    person: 'ana',
    target: 'senior-engineer',
    statement: 'Senior Engineer on Mobile.',
    motivations: 'I want to lead features end to end and be the go-to person for accessibility on mobile.',
    strengths: 'Accessibility, careful UI work, good at pairing.',
    horizon: '2027-09-30',
    sharedWithHr: true,
    since: '2026-03-23',
  },
  {
    person: 'hannah',
    target: 'senior-engineer',
    statement: 'Senior Engineer on Platform.',
    motivations:
      'I have been an Engineer II for four years. I want a clear picture of what is missing and a plan to close it here, not somewhere else.',
    strengths: 'Infrastructure as code, incident follow-ups, documentation.',
    horizon: '2027-06-30',
    sharedWithHr: true,
    since: '2026-10-26',
  },
  {
    person: 'tariq',
    target: 'senior-engineer',
    statement: 'Senior Engineer, on Platform or on another team.',
    motivations: 'I want more ownership than I have now.',
    strengths: 'Kubernetes, on-call, automation.',
    horizon: '2027-12-31',
    sharedWithHr: false,
    since: '2026-08-24',
  },
  {
    person: 'hamza',
    target: 'staff-engineer',
    statement: 'Staff Engineer for Payments and billing.',
    motivations: 'Our billing architecture needs someone to own its direction across teams.',
    strengths: 'Payments domain knowledge, system design, reliability.',
    horizon: '2028-03-31',
    sharedWithHr: true,
    since: '2026-06-08',
  },
  {
    person: 'julia',
    target: 'senior-engineer',
    statement: 'Senior Engineer on Payments.',
    motivations: 'I want to own the reconciliation service rather than only fix it.',
    strengths: 'Debugging, careful data migrations.',
    horizon: '2027-12-31',
    sharedWithHr: false,
    since: '2026-09-21',
  },
];
