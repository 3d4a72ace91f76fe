// A task past its due date and not done.
import { parseDate } from '../plan/dates';
import { allTasks } from '../plan/model';
import type { Check } from './check';

export const overdueTask: Check = {
  code: 'overdue-task',
  run(ctx) {
    const today = parseDate(ctx.today)!;
    for (const phase of ctx.model.phases) {
      for (const task of allTasks(phase)) {
        const due = task.due && parseDate(task.due.value);
        if (task.done || due === undefined || !task.due || due >= today) continue;
        ctx.report({
          code: 'overdue-task',
          loc: task.anchor,
          message: ctx.t('overdue-task', { task: task.task?.value ?? task.id?.value ?? '?', due: task.due.value }),
        });
      }
    }
  },
};
