/** A working group as `GET /api/working-groups/:id` returns it. */
export type WorkingGroupRecord = {
  id: string;
  name: string;
  description: string | null;
  createdAt: string;
  updatedAt: string;
};
