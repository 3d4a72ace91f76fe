// A task past its due date and not done.
import { parseDate } from '../plan/dates';
import { allTasks } from '../plan/model';
import { phaseCheck } from './findings-memo';

export const overdueTask = phaseCheck('overdue-task', (phase, env) => {
  const today = parseDate(env.today)!;
  for (const task of allTasks(phase)) {
    const due = task.due && parseDate(task.due.value);
    if (task.done || due === undefined || !task.due || due >= today) continue;
    env.report({
      code: 'overdue-task',
      loc: task.anchor,
      message: env.t('overdue-task', { task: task.task?.value ?? task.id?.value ?? '?', due: task.due.value }),
    });
  }
});
