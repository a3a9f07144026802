/**
 * A handful of short documents about an imaginary company's travel policy, used by the reranker
 * and RAG reasoning scenarios. Ids are what the answers cite.
 */
export const POLICY_DOCUMENTS = [
  {
    id: 'travel-01',
    doc: 'Employees may book economy class for flights shorter than six hours. Business class is allowed for flights of six hours or more.',
  },
  {
    id: 'travel-02',
    doc: 'Hotel costs are reimbursed up to 180,000 won per night in Seoul and 150,000 won per night in other cities.',
  },
  {
    id: 'travel-03',
    doc: 'Meal expenses during business trips are covered up to 50,000 won per day, with receipts.',
  },
  {
    id: 'it-01',
    doc: 'Laptops must be locked with a password and encrypted. Report a lost laptop to the IT desk within one hour.',
  },
  {
    id: 'hr-01',
    doc: 'Annual leave requests must be submitted at least two weeks in advance through the HR portal.',
  },
] as const;
