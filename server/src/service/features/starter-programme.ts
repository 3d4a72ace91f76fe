// The programme file offered in an empty document, beside the starter plan: the programme's
// identity, a shared roster and one freeze, in French like the method; it passes every check.
import { scalar, type StarterPlanOptions } from './starter-plan';

export const DEFAULT_PROGRAMME_TITLE = 'Nouveau programme';

export function starterProgramme({ id, title }: StarterPlanOptions): string {
  return `# Programme : s'applique à tous les plans de ce dossier et de ses sous-dossiers. Les personnes
# de \`people\` peuvent être nommées par chacun de ces plans ; aucune mise en production pendant un gel.
apiVersion: plan-as-code/v1
kind: Programme
metadata:
  id: ${scalar(id)}
  title: ${scalar(title)}
  owner: nadia
  sponsor: direction
  language: fr

people:
  nadia: { name: Nadia Benali, role: Directrice de programme, email: nadia.benali@exemple.fr, team: PMO }
  direction: { name: Marc Lefèvre, role: Directeur général, team: Direction }

freezes:
  - id: cloture-annuelle
    title: Clôture comptable annuelle
    start: 2027-12-20
    end: 2028-01-10
`;
}
