// Over 400 lines on purpose: it is data (one entry per message, both languages side by side), not logic.
// The one message catalog: every sentence the service shows, in English and French, with
// named {placeholders}. French uses a no-break space (U+00A0) before « : ; ? ! % » and inside « ».
// A unit test checks that both languages exist for every key and share the same placeholders.
import configSchema from '../../../../schemas/rollout-plan.config.schema.json';

// The English of what each check looks for is the config schema's description of its rule (shown
// while editing rollout-plan.config.json), without its closing "Default: <severity>."
const rules = configSchema.properties.rules.properties;
const ruleText = (rule: { description: string }) => rule.description.replace(/ Default: \w+\.$/, '');

export const catalog = {
  // ── YAML syntax ────────────────────────────────────────────────────────────
  'yaml.error': {
    en: 'YAML syntax error: {detail}. Fix the indentation or punctuation here.',
    fr: 'Erreur de syntaxe YAML : {detail}. Corrigez l’indentation ou la ponctuation ici.',
  },
  'yaml.duplicateKey': {
    en: 'The key `{key}` appears twice in the same map; keep only one.',
    fr: 'La clé `{key}` apparaît deux fois dans la même table ; n’en gardez qu’une.',
  },
  'yaml.multipleDocuments': {
    en: 'A plan file holds a single YAML document; move this one into its own file.',
    fr: 'Un fichier de plan ne contient qu’un seul document YAML ; déplacez celui-ci dans son propre fichier.',
  },
  'yaml.tooManyAliases': {
    en: 'Too many YAML aliases (possible alias bomb); this part of the plan was not checked. Replace the aliases with plain values.',
    fr: 'Trop d’alias YAML (bombe d’alias possible) ; cette partie du plan n’a pas été vérifiée. Remplacez les alias par des valeurs simples.',
  },
  'yaml.nonScalarKey': {
    en: 'A key must be a plain word, not a list or a map; write it as a word followed by `:` (`owner: marie`).',
    fr: 'Une clé doit être un mot simple, pas une liste ni une table ; écrivez-la comme un mot suivi de `:` (`owner: marie`).',
  },
  'yaml.tooDeep': {
    en: 'Lists and maps are nested more than {limit} levels deep here; this part of the plan was not checked. Flatten the structure.',
    fr: 'Les listes et les tables sont imbriquées sur plus de {limit} niveaux ici ; cette partie du plan n’a pas été vérifiée. Aplatissez la structure.',
  },
  'yaml.moreErrors': {
    en: '{count} more YAML syntax errors are not listed; fix the ones above first.',
    fr: '{count} autres erreurs de syntaxe YAML ne sont pas listées ; corrigez d’abord celles qui précèdent.',
  },
  'yaml.notText': {
    en: 'This file is not text (it contains binary bytes); a plan must be a UTF-8 YAML file.',
    fr: 'Ce fichier n’est pas du texte (il contient des octets binaires) ; un plan doit être un fichier YAML en UTF-8.',
  },
  // yaml library error codes, so French users never see the parser's English
  'yaml.code.BAD_INDENT': { en: 'bad indentation', fr: 'indentation incorrecte' },
  'yaml.code.TAB_AS_INDENT': { en: 'tabs cannot indent YAML, use spaces', fr: 'les tabulations ne peuvent pas servir d’indentation, utilisez des espaces' },
  'yaml.code.MISSING_CHAR': { en: 'a closing character is missing', fr: 'il manque un caractère fermant' },
  'yaml.code.BLOCK_AS_IMPLICIT_KEY': { en: 'a key cannot span several lines', fr: 'une clé ne peut pas s’étendre sur plusieurs lignes' },
  'yaml.code.MULTILINE_IMPLICIT_KEY': { en: 'a key cannot span several lines', fr: 'une clé ne peut pas s’étendre sur plusieurs lignes' },
  'yaml.code.UNEXPECTED_TOKEN': { en: 'unexpected character', fr: 'caractère inattendu' },
  'yaml.code.BAD_SCALAR_START': { en: 'a plain value cannot start with this character, quote it', fr: 'une valeur simple ne peut pas commencer par ce caractère, mettez-la entre guillemets' },
  'yaml.code.BLOCK_IN_FLOW': { en: 'a block value cannot appear inside [ ] or { }', fr: 'une valeur en bloc ne peut pas apparaître dans [ ] ou { }' },
  'yaml.code.KEY_OVER_1024_CHARS': { en: 'a key is longer than 1024 characters', fr: 'une clé dépasse 1024 caractères' },
  'yaml.code.ALIAS_PROPS': { en: 'an alias cannot have a tag or anchor', fr: 'un alias ne peut pas avoir d’étiquette ni d’ancre' },
  'yaml.code.BAD_ALIAS': { en: 'this alias names no anchor defined before it', fr: 'cet alias ne désigne aucune ancre définie avant lui' },
  // not the parser's codes: an unclosed quote, `[` or `{`, reported at its opening character (unclosed.ts)
  'yaml.code.UNCLOSED_STRING': { en: 'this string never closes', fr: 'cette chaîne ne se ferme jamais' },
  'yaml.code.UNCLOSED_LIST': { en: 'this list never closes', fr: 'cette liste ne se ferme jamais' },
  'yaml.code.UNCLOSED_MAP': { en: 'this map never closes', fr: 'cette table ne se ferme jamais' },
  'yaml.code.other': { en: 'the text cannot be read as YAML', fr: 'le texte ne peut pas être lu comme du YAML' },

  // ── schema ─────────────────────────────────────────────────────────────────
  'schema.unknownKey': {
    en: 'Unknown key `{key}` in {where}; allowed keys: {allowed}.',
    fr: 'Clé inconnue `{key}` dans {where} ; clés autorisées : {allowed}.',
  },
  'schema.unknownKeySuggest': {
    en: 'Unknown key `{key}` in {where}; did you mean `{suggestion}`?',
    fr: 'Clé inconnue `{key}` dans {where} ; vouliez-vous dire `{suggestion}` ?',
  },
  'schema.keyNotForType': {
    en: '`{key}` belongs to a phase of type {types}, not `{type}`; remove it or change the phase type.',
    fr: '`{key}` est réservé aux phases de type {types}, pas `{type}` ; supprimez-le ou changez le type de la phase.',
  },
  'schema.badEnum': {
    en: '`{value}` is not a valid `{key}`; use one of: {allowed}.',
    fr: '`{value}` n’est pas une valeur valide pour `{key}` ; utilisez l’une des valeurs : {allowed}.',
  },
  'schema.badEnumSuggest': {
    en: '`{value}` is not a valid `{key}`; did you mean `{suggestion}`? Allowed: {allowed}.',
    fr: '`{value}` n’est pas une valeur valide pour `{key}` ; vouliez-vous dire `{suggestion}` ? Valeurs autorisées : {allowed}.',
  },
  'schema.badType': {
    en: '`{key}` must be {expected}, not {actual}.',
    fr: '`{key}` doit être {expected}, pas {actual}.',
  },
  'schema.missingKey': {
    en: '{where} is missing the required key `{key}`; add it.',
    fr: 'Il manque la clé obligatoire `{key}` dans {where} ; ajoutez-la.',
  },
  'schema.badConst': {
    en: '`{key}` must be `{expected}`.',
    fr: '`{key}` doit valoir `{expected}`.',
  },
  'schema.badSlug': {
    en: '`{value}` is not a valid id: use lower-case letters, digits, `.`, `_` or `-`, starting with a letter or digit.',
    fr: '`{value}` n’est pas un identifiant valide : utilisez des minuscules, des chiffres, `.`, `_` ou `-`, en commençant par une lettre ou un chiffre.',
  },
  'schema.badDate': {
    en: '`{value}` is not a date; write it as YYYY-MM-DD (for example 2027-01-04).',
    fr: '`{value}` n’est pas une date ; écrivez-la au format AAAA-MM-JJ (par exemple 2027-01-04).',
  },
  'schema.badDateTime': {
    en: '`{value}` is not a date and time; write it as YYYY-MM-DDTHH:MM (for example 2027-03-13T20:00).',
    fr: '`{value}` n’est ni une date ni une heure ; écrivez-la au format AAAA-MM-JJTHH:MM (par exemple 2027-03-13T20:00).',
  },
  'schema.invalidDate': {
    en: '`{value}` does not exist in the calendar; pick a real date.',
    fr: '`{value}` n’existe pas dans le calendrier ; choisissez une date réelle.',
  },
  'schema.badPattern': {
    en: '`{value}` does not have the expected form for `{key}` (for example {example}).',
    fr: '`{value}` n’a pas la forme attendue pour `{key}` (par exemple {example}).',
  },
  'schema.outOfRange': {
    en: '`{key}` must be {limit}.',
    fr: '`{key}` doit être {limit}.',
  },
  'schema.duplicateItem': {
    en: '`{value}` is listed twice in `{key}`; keep one.',
    fr: '`{value}` figure deux fois dans `{key}` ; n’en gardez qu’un.',
  },
  'schema.notAMap': {
    en: 'A plan must be a YAML map with `apiVersion`, `kind`, `metadata` and `phases`.',
    fr: 'Un plan doit être une table YAML avec `apiVersion`, `kind`, `metadata` et `phases`.',
  },
  'schema.generic': {
    en: '`{key}` is not valid here: {detail}.',
    fr: '`{key}` n’est pas valide ici : {detail}.',
  },
  'type.string': { en: 'a text', fr: 'un texte' },
  'type.number': { en: 'a number', fr: 'un nombre' },
  'type.integer': { en: 'a whole number', fr: 'un nombre entier' },
  'type.boolean': { en: 'true or false', fr: 'true ou false' },
  'type.array': { en: 'a list', fr: 'une liste' },
  'type.object': { en: 'a map of keys', fr: 'une table de clés' },
  'type.null': { en: 'empty', fr: 'vide' },
  'type.or': { en: '{a} or {b}', fr: '{a} ou {b}' },
  'where.root': { en: 'the plan', fr: 'le plan' },
  'where.programme': { en: 'the programme file', fr: 'le fichier de programme' },
  'where.key': { en: '`{key}`', fr: '`{key}`' },
  'where.phase': { en: 'phase `{id}`', fr: 'la phase `{id}`' },
  'where.item': { en: 'this list item', fr: 'cet élément de liste' },
  'limit.min': { en: 'at least {n}', fr: 'au moins {n}' },
  'limit.max': { en: 'at most {n}', fr: 'au plus {n}' },

  // ── semantic checks ────────────────────────────────────────────────────────
  'undefined-criterion': {
    en: 'No success criterion `{id}` is defined under `criteria`; define it or fix the id.',
    fr: 'Aucun critère de succès `{id}` n’est défini sous `criteria` ; définissez-le ou corrigez l’identifiant.',
  },
  'undefined-criterion.suggest': {
    en: 'No success criterion `{id}` is defined under `criteria`; did you mean `{suggestion}`?',
    fr: 'Aucun critère de succès `{id}` n’est défini sous `criteria` ; vouliez-vous dire `{suggestion}` ?',
  },
  'undefined-phase': {
    en: 'No phase `{id}` exists in this plan; `after` must name a phase id.',
    fr: 'Aucune phase `{id}` n’existe dans ce plan ; `after` doit désigner l’identifiant d’une phase.',
  },
  'undefined-phase.suggest': {
    en: 'No phase `{id}` exists in this plan; did you mean `{suggestion}`?',
    fr: 'Aucune phase `{id}` n’existe dans ce plan ; vouliez-vous dire `{suggestion}` ?',
  },
  'undefined-person': {
    en: '`{id}` is not in `people`; add this person to `people` or fix the id.',
    fr: '`{id}` ne figure pas dans `people` ; ajoutez cette personne à `people` ou corrigez l’identifiant.',
  },
  'undefined-person.suggest': {
    en: '`{id}` is not in `people`; did you mean `{suggestion}`?',
    fr: '`{id}` ne figure pas dans `people` ; vouliez-vous dire `{suggestion}` ?',
  },
  'duplicate-id': {
    en: 'The id `{id}` is already used by another {kind}; ids must be unique, rename one.',
    fr: 'L’identifiant `{id}` est déjà utilisé par un autre élément ({kind}) ; les identifiants doivent être uniques, renommez-en un.',
  },
  'duplicate-id.first': { en: 'first use of `{id}`', fr: 'première utilisation de `{id}`' },
  'dependency-cycle.more': { en: '{steps} … and {count} more', fr: '{steps} … et {count} de plus' },
  'dependency-cycle': {
    en: 'These phases depend on each other in a cycle: {cycle}; remove one `after` link.',
    fr: 'Ces phases dépendent les unes des autres en boucle : {cycle} ; supprimez un lien `after`.',
  },
  'date-order': {
    en: '`{endKey}` ({end}) is before `{startKey}` ({start}); fix one of the dates.',
    fr: '`{endKey}` ({end}) est antérieure à `{startKey}` ({start}) ; corrigez l’une des dates.',
  },
  'starts-before-dependency': {
    en: 'This phase starts on {start}, before phase `{dependency}` ends on {end}; move the start or the dependency.',
    fr: 'Cette phase commence le {start}, avant la fin de la phase `{dependency}` le {end} ; décalez le début ou revoyez la dépendance.',
  },
  'missing-owner.phase': {
    en: 'Phase `{name}` has no owner; add `owner:` so someone is accountable for it.',
    fr: 'La phase `{name}` n’a pas de responsable ; ajoutez `owner:` pour que quelqu’un en réponde.',
  },
  'missing-owner.task': {
    en: 'Task “{name}” has no owner; add `owner:` so someone is accountable for it.',
    fr: 'La tâche « {name} » n’a pas de responsable ; ajoutez `owner:` pour que quelqu’un en réponde.',
  },
  'missing-owner.criterion': {
    en: 'Success criterion `{name}` has no owner; add `owner:` so someone measures it.',
    fr: 'Le critère de succès `{name}` n’a pas de responsable ; ajoutez `owner:` pour que quelqu’un le mesure.',
  },
  'missing-owner.risk': {
    en: 'Risk `{name}` has no owner; add `owner:` so someone follows it up.',
    fr: 'Le risque `{name}` n’a pas de responsable ; ajoutez `owner:` pour que quelqu’un le suive.',
  },
  'missing-owner.wave': {
    en: 'Wave `{name}` has no champion; add `champion:` with the local contact of this department.',
    fr: 'La vague `{name}` n’a pas de référent ; ajoutez `champion:` avec le relais local de ce service.',
  },
  'unmeasurable-criterion.noTarget': {
    en: 'Quantitative criterion `{id}` has no `target`; add one such as ">= 80%" so it can be measured.',
    fr: 'Le critère quantitatif `{id}` n’a pas de `target` ; ajoutez-en une comme ">= 80%" pour pouvoir le mesurer.',
  },
  'unmeasurable-criterion.badTarget': {
    en: 'Target `{target}` is not a comparator and a number; write it like ">= 30", "< 2%" or "= 100%".',
    fr: 'La cible `{target}` n’est pas un comparateur suivi d’un nombre ; écrivez-la comme ">= 30", "< 2%" ou "= 100%".',
  },
  'pilot-without-criteria.pilot': {
    en: 'Pilot `{id}` has no `exitCriteria`; list the success criteria that decide whether the pilot succeeded.',
    fr: 'Le pilote `{id}` n’a pas d’`exitCriteria` ; indiquez les critères de succès qui diront si le pilote a réussi.',
  },
  'pilot-without-criteria.gate': {
    en: 'Gate `{id}` has no `criteria`; list the success criteria the Go/No-Go decision is judged on.',
    fr: 'Le jalon `{id}` n’a pas de `criteria` ; indiquez les critères de succès sur lesquels se fonde la décision Go/No-Go.',
  },
  'go-with-unmet-criteria': {
    en: 'The gate decided go while {count} of its criteria are not met: {criteria}; record the measures or revisit the decision.',
    fr: 'Le jalon a été décidé « go » alors que des critères ne sont pas atteints ({count}) : {criteria} ; renseignez les mesures ou revoyez la décision.',
  },
  'unmitigated-risk': {
    en: 'Open {severity} risk `{id}` has no mitigation; add `mitigation:` describing how it is reduced.',
    fr: 'Le risque ouvert `{id}` ({severity}) n’a pas de mesure d’atténuation ; ajoutez `mitigation:` pour décrire comment le réduire.',
  },
  'go-live-without-rollback': {
    en: 'Go-live `{id}` has no `rollback`; describe how to return to the previous state if the go-live fails.',
    fr: 'La mise en production `{id}` n’a pas de `rollback` ; décrivez le plan de retour arrière en cas d’échec.',
  },
  'overdue-task': {
    en: 'Task “{task}” was due on {due} and is not done; finish it, mark it `done: true` or move its due date.',
    fr: 'La tâche « {task} » était due le {due} et n’est pas terminée ; terminez-la, marquez-la `done: true` ou décalez son échéance.',
  },
  'unused-criterion': {
    en: 'Success criterion `{id}` is not used by any phase or gate; reference it in `exitCriteria` or `criteria`, or remove it.',
    fr: 'Le critère de succès `{id}` n’est utilisé par aucune phase ni aucun jalon ; référencez-le dans `exitCriteria` ou `criteria`, ou supprimez-le.',
  },
  'undefined-phase.noPlan': {
    en: 'No plan `{plan}` is in this programme; fix the plan id or add that plan to the programme.',
    fr: 'Aucun plan `{plan}` ne fait partie de ce programme ; corrigez l’identifiant du plan ou ajoutez ce plan au programme.',
  },
  'undefined-phase.noPlan.suggest': {
    en: 'No plan `{plan}` is in this programme; did you mean `{suggestion}`?',
    fr: 'Aucun plan `{plan}` ne fait partie de ce programme ; vouliez-vous dire `{suggestion}` ?',
  },
  'undefined-phase.outside': {
    en: 'Plan `{plan}` belongs to another programme; an `after` link can only name a plan of the same programme.',
    fr: 'Le plan `{plan}` appartient à un autre programme ; un lien `after` ne peut désigner qu’un plan du même programme.',
  },
  'undefined-phase.noPhase': {
    en: 'Plan `{plan}` has no phase `{id}`; fix the phase id.',
    fr: 'Le plan `{plan}` n’a pas de phase `{id}` ; corrigez l’identifiant de la phase.',
  },
  'undefined-phase.noPhase.suggest': {
    en: 'Plan `{plan}` has no phase `{id}`; did you mean `{suggestion}`?',
    fr: 'Le plan `{plan}` n’a pas de phase `{id}` ; vouliez-vous dire `{suggestion}` ?',
  },
  'undefined-person.roster': {
    en: '`{id}` is neither in this plan’s `people` nor in the programme’s roster; add this person to one of them or fix the id.',
    fr: '`{id}` ne figure ni dans les `people` de ce plan ni dans l’annuaire du programme ; ajoutez cette personne à l’un des deux ou corrigez l’identifiant.',
  },
  'undefined-person.roster.suggest': {
    en: '`{id}` is neither in this plan’s `people` nor in the programme’s roster; did you mean `{suggestion}`?',
    fr: '`{id}` ne figure ni dans les `people` de ce plan ni dans l’annuaire du programme ; vouliez-vous dire `{suggestion}` ?',
  },
  'duplicate-id.plan': {
    en: 'Another plan of this programme already has the id `{id}`; plan ids must be unique in a programme, rename one.',
    fr: 'Un autre plan de ce programme a déjà l’identifiant `{id}` ; les identifiants de plan doivent être uniques dans un programme, renommez-en un.',
  },
  'duplicate-id.freeze': {
    en: 'The freeze id `{id}` is already used by another freeze; rename one.',
    fr: 'L’identifiant de gel `{id}` est déjà utilisé par un autre gel ; renommez-en un.',
  },
  'go-live-in-freeze': {
    en: 'This go-live window overlaps the freeze `{freeze}` ({title}, from {start} to {end}); no go-live may take place during it, move the window.',
    fr: 'Cette fenêtre de mise en production chevauche le gel `{freeze}` ({title}, du {start} au {end}) ; aucune mise en production n’est permise pendant ce gel, déplacez la fenêtre.',
  },
  'overlapping-go-lives': {
    en: 'This go-live window overlaps the go-live of `{plan}/{phase}` (from {start} to {end}); stagger them so that two go-lives do not land together.',
    fr: 'Cette fenêtre de mise en production chevauche celle de `{plan}/{phase}` (du {start} au {end}) ; décalez-les pour que deux mises en production ne tombent pas ensemble.',
  },
  'overloaded-champion': {
    en: '`{person}` is also the champion of wave `{wave}` (from {start} to {end}) at the same time; give one of the waves another champion or move it.',
    fr: '`{person}` est aussi référent de la vague `{wave}` (du {start} au {end}) au même moment ; confiez l’une des vagues à un autre référent ou décalez-la.',
  },
  'programme.syntaxErrors': {
    en: 'This programme file has syntax errors: its roster and freezes are ignored until they are fixed; its plans are still checked.',
    fr: 'Ce fichier de programme contient des erreurs de syntaxe : son annuaire et ses gels sont ignorés tant qu’elles ne sont pas corrigées ; ses plans restent vérifiés.',
  },
  'programme.twoFiles': {
    en: 'Two programme files in one folder: only `{first}` applies; merge `{other}` into it or move it to another folder.',
    fr: 'Deux fichiers de programme dans un même dossier : seul `{first}` s’applique ; fusionnez-y `{other}` ou déplacez-le dans un autre dossier.',
  },
  'programme.otherFile': {
    en: 'the other programme file of this folder',
    fr: 'l’autre fichier de programme de ce dossier',
  },
  'related.freeze': {
    en: 'the freeze `{freeze}`',
    fr: 'le gel `{freeze}`',
  },
  'related.goLive': {
    en: 'the go-live of `{plan}/{phase}`',
    fr: 'la mise en production de `{plan}/{phase}`',
  },
  'related.wave': {
    en: 'the wave `{wave}`',
    fr: 'la vague `{wave}`',
  },
  'related.definedHere': { en: '`{id}` is defined here', fr: '`{id}` est défini ici' },
  'related.cycleLink': { en: '`{from}` depends on `{to}`', fr: '`{from}` dépend de `{to}`' },
  'related.dependencyEnds': { en: '`{id}` ends here', fr: '`{id}` se termine ici' },

  // ── id kinds, severities, readiness ────────────────────────────────────────
  'kind.phase': { en: 'phase', fr: 'phase' },
  'kind.wave': { en: 'wave', fr: 'vague' },
  'kind.risk': { en: 'risk', fr: 'risque' },
  'kind.task': { en: 'checklist item', fr: 'élément de checklist' },
  'kind.person': { en: 'person', fr: 'personne' },
  'kind.criterion': { en: 'criterion', fr: 'critère' },
  'kind.plan': { en: 'plan', fr: 'plan' },
  'severity.low': { en: 'low', fr: 'faible' },
  'severity.medium': { en: 'medium', fr: 'moyen' },
  'severity.high': { en: 'high', fr: 'élevé' },
  'severity.critical': { en: 'critical', fr: 'critique' },
  'edit.sharedAnchor': {
    en: 'Not changed: this item is shared through the YAML anchor `&{anchor}`, so the edit would also change every place that uses `*{anchor}`. Edit the plan by hand, or give this item its own copy.',
    fr: 'Rien n’a été modifié : cet élément est partagé par l’ancre YAML `&{anchor}`, la modification changerait donc aussi tous les endroits qui utilisent `*{anchor}`. Modifiez le plan à la main, ou donnez à cet élément sa propre copie.',
  },
  'readiness.criterionUnmet': {
    en: 'Criterion `{id}` is not met ({actual} against a target of {target}).',
    fr: 'Le critère `{id}` n’est pas atteint ({actual} pour une cible de {target}).',
  },
  'readiness.criterionUnknown': {
    en: 'Criterion `{id}` has not been measured yet.',
    fr: 'Le critère `{id}` n’a pas encore été mesuré.',
  },
  'readiness.criterionUndefined': {
    en: 'Criterion `{id}` is not defined.',
    fr: 'Le critère `{id}` n’est pas défini.',
  },
  'readiness.taskOpen': {
    en: 'Task “{task}” in phase `{phase}` is not done.',
    fr: 'La tâche « {task} » de la phase `{phase}` n’est pas terminée.',
  },
  'readiness.riskUnmitigated': {
    en: 'Open {severity} risk `{id}` in phase `{phase}` has no mitigation.',
    fr: 'Le risque ouvert `{id}` ({severity}) de la phase `{phase}` n’a pas de mesure d’atténuation.',
  },
  'readiness.linkedPhaseOpen': {
    en: 'Phase `{phase}` of another plan is not done: {count} checklist item(s) open.',
    fr: 'La phase `{phase}` d’un autre plan n’est pas terminée : {count} tâche(s) ouverte(s).',
  },
  'readiness.linkedPhaseRisk': {
    en: 'Phase `{phase}` of another plan has {count} open high or critical risk(s) without mitigation.',
    fr: 'La phase `{phase}` d’un autre plan a {count} risque(s) ouvert(s) élevé(s) ou critique(s) sans mesure d’atténuation.',
  },
  'readiness.linkUnresolved': {
    en: 'The link `{link}` names no phase of the programme: what it depends on cannot be known.',
    fr: 'Le lien `{link}` ne désigne aucune phase du programme : on ne peut pas savoir de quoi il dépend.',
  },
  'readiness.linkedPlanSyntax': {
    en: 'Plan `{plan}`, which this gate depends on (`{link}`), has YAML syntax errors: its phases cannot be trusted until they are fixed.',
    fr: 'Le plan `{plan}`, dont dépend ce jalon (`{link}`), contient des erreurs de syntaxe YAML : ses phases ne sont pas fiables tant qu’elles ne sont pas corrigées.',
  },
  'readiness.moreReasons': { en: '… and more', fr: '… et d’autres' },

  // ── readiness view, code lens and report ───────────────────────────────────
  'state.done': { en: 'done', fr: 'terminée' },
  'state.in-progress': { en: 'in progress', fr: 'en cours' },
  'state.blocked': { en: 'blocked', fr: 'bloquée' },
  'state.not-started': { en: 'not started', fr: 'non commencée' },
  'state.late': { en: 'late', fr: 'en retard' },
  'status.met': { en: 'met', fr: 'atteint' },
  'status.unmet': { en: 'not met', fr: 'non atteint' },
  'status.unknown': { en: 'not measured', fr: 'non mesuré' },
  'status.undefined': { en: 'not defined', fr: 'non défini' },
  'decision.pending': { en: 'pending', fr: 'en attente' },
  'decision.go': { en: 'go', fr: 'go' },
  'decision.no-go': { en: 'no-go', fr: 'no-go' },
  'riskStatus.open': { en: 'open', fr: 'ouvert' },
  'riskStatus.mitigated': { en: 'mitigated', fr: 'atténué' },
  'riskStatus.closed': { en: 'closed', fr: 'clos' },
  'ownerMissing.phase': { en: 'phase without owner', fr: 'phase sans responsable' },
  'ownerMissing.task': { en: 'task without owner', fr: 'tâche sans responsable' },
  'ownerMissing.criterion': { en: 'criterion without owner', fr: 'critère sans responsable' },
  'ownerMissing.risk': { en: 'risk without owner', fr: 'risque sans responsable' },
  'ownerMissing.wave': { en: 'wave without champion', fr: 'vague sans référent' },
  'phaseType.definition': { en: 'definition', fr: 'cadrage' },
  'phaseType.planning': { en: 'planning', fr: 'planification' },
  'phaseType.pilot': { en: 'pilot', fr: 'pilote' },
  'phaseType.gate': { en: 'Go/No-Go gate', fr: 'décision Go/No-Go' },
  'phaseType.go-live': { en: 'go-live', fr: 'mise en production' },
  'phaseType.scale-up': { en: 'scale-up in waves', fr: 'déploiement par vagues' },
  'phaseType.generalization': { en: 'generalization', fr: 'généralisation' },
  'phaseType.run': { en: 'run', fr: 'exploitation' },
  // ── the timeline: why an item has no place in time ────────────────────────────
  'timeline.unscheduled.noDates': { en: 'no start or end date', fr: 'aucune date de début ou de fin' },
  'timeline.unscheduled.noDecisionDate': {
    en: 'no decision date (`decidedOn`), no date and no phase before it',
    fr: 'ni date de décision (`decidedOn`), ni date, ni phase avant elle',
  },
  'timeline.unscheduled.noWindow': {
    en: 'no window, no date and no phase before it',
    fr: 'ni fenêtre, ni date, ni phase avant elle',
  },
  'timeline.unscheduled.afterUnscheduled': {
    en: 'after a phase that is not scheduled: {phases}',
    fr: 'après une phase qui n’est pas planifiée : {phases}',
  },
  'timeline.unscheduled.inCycle': {
    en: 'only after phases of a dependency cycle it is part of: {phases}',
    fr: 'seulement après des phases d’un cycle de dépendances dont elle fait partie : {phases}',
  },
  'timeline.unscheduled.afterUnknown': {
    en: 'after a phase that does not exist: {phases}',
    fr: 'après une phase qui n’existe pas : {phases}',
  },
  'timeline.unscheduled.badDate': {
    en: 'its date “{date}” is not a valid date (YYYY-MM-DD)',
    fr: 'sa date « {date} » n’est pas une date valide (AAAA-MM-JJ)',
  },
  'lens.progress': { en: '{done}/{total} done', fr: '{done}/{total} terminées' },
  'lens.noChecklist': { en: 'no checklist items', fr: 'aucun élément de checklist' },
  'lens.missingOwner': { en: '1 missing owner', fr: '1 responsable manquant' },
  'lens.missingOwners': { en: '{count} missing owners', fr: '{count} responsables manquants' },
  'lens.overdue': { en: '{count} overdue', fr: '{count} en retard' },
  'lens.ready': { en: 'ready', fr: 'prêt' },
  'lens.notReadyOne': { en: 'not ready: 1 reason', fr: 'pas prêt : 1 raison' },
  'lens.notReady': { en: 'not ready: {count} reasons', fr: 'pas prêt : {count} raisons' },
  'lens.notReadyMore': { en: 'not ready: {count} reasons… and more', fr: 'pas prêt : {count} raisons… et d’autres' },
  'report.title': { en: 'Readiness report', fr: 'Rapport de préparation' },
  'report.generated': { en: 'Generated on {date}.', fr: 'Établi le {date}.' },
  'report.noPlans': { en: 'No rollout plan found.', fr: 'Aucun plan de déploiement trouvé.' },
  'report.file': { en: 'File: {file}', fr: 'Fichier : {file}' },
  'report.syntaxErrors': {
    en: 'This plan has {count} YAML syntax errors: the report shows what could be read.',
    fr: 'Ce plan contient {count} erreur(s) de syntaxe YAML : le rapport montre ce qui a pu être lu.',
  },
  'report.summary.tasks': { en: 'Tasks done: {done}/{total} ({percent})', fr: 'Tâches terminées : {done}/{total} ({percent})' },
  'report.summary.criteria': { en: 'Success criteria met: {met}/{total}', fr: 'Critères de succès atteints : {met}/{total}' },
  'report.summary.gates': { en: 'Gates ready: {ready}/{total}', fr: 'Décisions Go/No-Go prêtes : {ready}/{total}' },
  'report.summary.missingOwners': { en: 'Missing owners: {count}', fr: 'Responsables manquants : {count}' },
  'report.summary.overdue': { en: 'Overdue tasks: {count}', fr: 'Tâches en retard : {count}' },
  'report.percent': { en: '{value}%', fr: '{value} %' },
  'report.dateRange': { en: '{start} to {end}', fr: 'du {start} au {end}' },
  'report.phases': { en: 'Phases', fr: 'Phases' },
  'report.criteria': { en: 'Success criteria', fr: 'Critères de succès' },
  'report.gates': { en: 'Go/No-Go gates', fr: 'Décisions Go/No-Go' },
  'report.missingOwners': { en: 'Missing owners', fr: 'Responsables manquants' },
  'report.overdue': { en: 'Overdue tasks', fr: 'Tâches en retard' },
  'report.none': { en: 'None.', fr: 'Aucun.' },
  'report.gateVerdict': { en: 'Verdict: **{verdict}** (decision: {decision})', fr: 'Verdict : **{verdict}** (décision : {decision})' },
  'report.verdict.ready': { en: 'ready', fr: 'prêt' },
  'report.verdict.notReady': { en: 'not ready', fr: 'pas prêt' },
  'report.missingChampion': { en: 'wave `{name}` has no champion (line {line})', fr: 'la vague `{name}` n’a pas de référent (ligne {line})' },
  'report.missingOwner': { en: '{kind} “{name}” has no owner (line {line})', fr: '{kind} « {name} » sans responsable (ligne {line})' },
  'report.col.phase': { en: 'Phase', fr: 'Phase' },
  'report.col.type': { en: 'Type', fr: 'Type' },
  'report.col.dates': { en: 'Dates', fr: 'Dates' },
  'report.col.progress': { en: 'Progress', fr: 'Avancement' },
  'report.col.state': { en: 'State', fr: 'État' },
  'report.col.criterion': { en: 'Criterion', fr: 'Critère' },
  'report.col.status': { en: 'Status', fr: 'Statut' },
  'report.col.actual': { en: 'Actual', fr: 'Mesuré' },
  'report.col.target': { en: 'Target', fr: 'Cible' },
  'report.col.owner': { en: 'Owner', fr: 'Responsable' },
  'report.col.task': { en: 'Task', fr: 'Tâche' },
  'report.col.due': { en: 'Due', fr: 'Échéance' },
  // a programme's summary at the top of the report (features/readiness/programme-summary.ts)
  'report.programme.title': { en: 'Programme: {title}', fr: 'Programme : {title}' },
  'report.programme.summary.plans': { en: 'Plans: {count}', fr: 'Plans : {count}' },
  'report.programme.plans': { en: 'Plans of the programme', fr: 'Plans du programme' },
  'report.programme.verdict': { en: '{gate}: {verdict}', fr: '{gate} : {verdict}' },
  'report.programme.nextGoLives': { en: 'Next go-lives', fr: 'Prochaines mises en production' },
  'report.programme.moreGoLives': { en: '… and {count} more go-lives.', fr: '… et {count} autre(s) mise(s) en production.' },
  'report.programme.freezes': { en: 'Freezes to come', fr: 'Périodes de gel à venir' },
  'report.programme.everyPlan': { en: 'every plan', fr: 'tous les plans' },
  'report.col.plan': { en: 'Plan', fr: 'Plan' },
  'report.col.verdicts': { en: 'Go/No-Go verdicts', fr: 'Verdicts Go/No-Go' },
  'report.col.window': { en: 'Window', fr: 'Fenêtre' },
  'report.col.freeze': { en: 'Freeze', fr: 'Gel' },
  'report.col.appliesTo': { en: 'Applies to', fr: 'S’applique à' },
  // the timeline's Mermaid `gantt` block in the report (features/timeline/gantt-section.ts, mermaid.ts)
  'report.timeline': { en: 'Timeline', fr: 'Calendrier' },
  'report.timeline.empty': { en: 'Nothing to draw yet: no phase or wave has dates.', fr: 'Rien à dessiner pour l’instant : aucune phase ni vague n’a de dates.' },
  'report.timeline.unscheduled': { en: 'Not on the chart (no dates yet):', fr: 'Absents du graphique (pas encore de dates) :' },
  'report.timeline.unscheduledItem': { en: '{name} (line {line}): {reason}', fr: '{name} (ligne {line}) : {reason}' },
  // ── the readiness diff (features/diff): what changed in a plan since a base ref ──
  'diff.summary.changed.one': { en: '{count} plan changed since {base}', fr: '{count} plan modifié depuis {base}' },
  'diff.summary.changed.many': { en: '{count} plans changed since {base}', fr: '{count} plans modifiés depuis {base}' },
  'diff.summary.none': { en: 'No change in readiness since {base}.', fr: 'Aucun changement de préparation depuis {base}.' },
  'diff.summary.line': { en: '{head}: {highlights}', fr: '{head} : {highlights}' },
  'diff.summary.goLiveSlipped': { en: 'go-live slipped {days}', fr: 'mise en production décalée de {days}' },
  'diff.summary.endSlipped': { en: 'end of plan slipped {days}', fr: 'fin du plan décalée de {days}' },
  'diff.summary.newErrors.one': { en: '{count} new error', fr: '{count} nouvelle erreur' },
  'diff.summary.newErrors.many': { en: '{count} new errors', fr: '{count} nouvelles erreurs' },
  'diff.summary.newWarnings.one': { en: '{count} new warning', fr: '{count} nouvel avertissement' },
  'diff.summary.newWarnings.many': { en: '{count} new warnings', fr: '{count} nouveaux avertissements' },
  'diff.summary.gatesWorse.one': { en: '{count} gate no longer ready', fr: '{count} décision Go/No-Go n’est plus prête' },
  'diff.summary.gatesWorse.many': { en: '{count} gates no longer ready', fr: '{count} décisions Go/No-Go ne sont plus prêtes' },
  'diff.summary.ownersRemoved.one': { en: '{count} owner removed', fr: '{count} responsable retiré' },
  'diff.summary.ownersRemoved.many': { en: '{count} owners removed', fr: '{count} responsables retirés' },
  'diff.summary.plansRemoved.one': { en: '{count} plan deleted', fr: '{count} plan supprimé' },
  'diff.summary.plansRemoved.many': { en: '{count} plans deleted', fr: '{count} plans supprimés' },
  'diff.unchanged': { en: 'No change in readiness: {plans}', fr: 'Sans changement de préparation : {plans}' },
  'diff.days': { en: '{days} d', fr: '{days} j' },
  'diff.none': { en: 'none', fr: 'aucun' },
  'diff.note.added': { en: 'New plan.', fr: 'Nouveau plan.' },
  'diff.note.removed': { en: 'Plan deleted.', fr: 'Plan supprimé.' },
  'diff.note.renamed': { en: 'Renamed from {from}.', fr: 'Renommé, anciennement {from}.' },
  'diff.note.notAPlan.before': { en: 'Was not a plan at {base}.', fr: 'N’était pas un plan dans {base}.' },
  'diff.note.notAPlan.after': { en: 'Is no longer a plan (no `kind: RolloutPlan`).', fr: 'N’est plus un plan (pas de `kind: RolloutPlan`).' },
  'diff.note.unreadable.before': { en: 'Cannot be read at {base}: {reason}. Not compared.', fr: 'Illisible dans {base} : {reason}. Non comparé.' },
  'diff.note.unreadable.after': { en: 'Cannot be read now: {reason}. Not compared.', fr: 'Illisible maintenant : {reason}. Non comparé.' },
  'diff.note.unreadableUnknown': { en: 'unknown reason', fr: 'raison inconnue' },
  'diff.note.syntax.before.one': {
    en: 'Has {count} YAML syntax error at {base} (line {line}: {message}); its contents are not compared.',
    fr: 'Contient {count} erreur de syntaxe YAML dans {base} (ligne {line} : {message}) ; son contenu n’est pas comparé.',
  },
  'diff.note.syntax.before.many': {
    en: 'Has {count} YAML syntax errors at {base} (the first on line {line}: {message}); its contents are not compared.',
    fr: 'Contient {count} erreurs de syntaxe YAML dans {base} (la première ligne {line} : {message}) ; son contenu n’est pas comparé.',
  },
  'diff.note.syntax.after.one': {
    en: 'Has {count} YAML syntax error now (line {line}: {message}); its contents are not compared.',
    fr: 'Contient maintenant {count} erreur de syntaxe YAML (ligne {line} : {message}) ; son contenu n’est pas comparé.',
  },
  'diff.note.syntax.after.many': {
    en: 'Has {count} YAML syntax errors now (the first on line {line}: {message}); its contents are not compared.',
    fr: 'Contient maintenant {count} erreurs de syntaxe YAML (la première ligne {line} : {message}) ; son contenu n’est pas comparé.',
  },
  'diff.subject.phase': { en: 'Phase', fr: 'Phase' },
  'diff.subject.wave': { en: 'Wave', fr: 'Vague' },
  'diff.subject.gate': { en: 'Gate', fr: 'Décision Go/No-Go' },
  'diff.subject.go-live': { en: 'Go-live', fr: 'Mise en production' },
  'diff.subject.task': { en: 'Task', fr: 'Tâche' },
  'diff.subject.criterion': { en: 'Criterion', fr: 'Critère' },
  'diff.subject.risk': { en: 'Risk', fr: 'Risque' },
  'diff.name': { en: '“{name}”', fr: '« {name} »' },
  'diff.gate': { en: 'Gate {name}: {before} → {after}', fr: 'Décision Go/No-Go {name} : {before} → {after}' },
  'diff.criterion.changed': { en: 'Criterion {name}: {changes}', fr: 'Critère {name} : {changes}' },
  'diff.criterion.status': { en: '{before} → {after}', fr: '{before} → {after}' },
  'diff.criterion.actual': { en: 'measured {before} → {after}', fr: 'mesuré {before} → {after}' },
  'diff.criterion.target': { en: 'target {before} → {after}', fr: 'cible {before} → {after}' },
  'diff.criterion.added': { en: 'Criterion {name} added ({status})', fr: 'Critère {name} ajouté ({status})' },
  'diff.criterion.removed': { en: 'Criterion {name} removed', fr: 'Critère {name} supprimé' },
  'diff.date.slip': { en: '{subject} {name} slipped {days} ({before} → {after})', fr: '{subject} {name} : décalage de {days} ({before} → {after})' },
  'diff.date.pullIn': { en: '{subject} {name} brought forward {days} ({before} → {after})', fr: '{subject} {name} : avancée de {days} ({before} → {after})' },
  'diff.date.planEnd.slip': { en: 'End of the plan slipped {days} ({before} → {after})', fr: 'Fin du plan décalée de {days} ({before} → {after})' },
  'diff.date.planEnd.pullIn': { en: 'End of the plan brought forward {days} ({before} → {after})', fr: 'Fin du plan avancée de {days} ({before} → {after})' },
  'diff.role.owner': { en: 'owner', fr: 'responsable' },
  'diff.role.champion': { en: 'champion', fr: 'référent' },
  'diff.owner.assigned': { en: '{subject} {name}: {role} {after} assigned', fr: '{subject} {name} : {role} {after} désigné' },
  'diff.owner.changed': { en: '{subject} {name}: {role} {before} → {after}', fr: '{subject} {name} : {role} {before} → {after}' },
  'diff.owner.removed': { en: '{subject} {name}: {role} {before} removed', fr: '{subject} {name} : {role} {before} retiré' },
  'diff.risk.status': { en: 'Risk {name} ({where}): {before} → {after}', fr: 'Risque {name} ({where}) : {before} → {after}' },
  'diff.risk.added': { en: 'Risk {name} added ({where}, {status})', fr: 'Risque {name} ajouté ({where}, {status})' },
  'diff.risk.removed': { en: 'Risk {name} removed ({where})', fr: 'Risque {name} supprimé ({where})' },
  'diff.phase.added': { en: 'Phase {name} added', fr: 'Phase {name} ajoutée' },
  'diff.phase.removed': { en: 'Phase {name} removed', fr: 'Phase {name} supprimée' },
  'diff.wave.added': { en: 'Wave {name} added to {where}', fr: 'Vague {name} ajoutée à {where}' },
  'diff.wave.removed': { en: 'Wave {name} removed from {where}', fr: 'Vague {name} retirée de {where}' },
  'diff.items': { en: 'Checklist items: {parts}', fr: 'Éléments de checklist : {parts}' },
  'diff.items.done.one': { en: '{count} done', fr: '{count} terminé' },
  'diff.items.done.many': { en: '{count} done', fr: '{count} terminés' },
  'diff.items.undone.one': { en: '{count} reopened', fr: '{count} rouvert' },
  'diff.items.undone.many': { en: '{count} reopened', fr: '{count} rouverts' },
  'diff.items.added.one': { en: '{count} added', fr: '{count} ajouté' },
  'diff.items.added.many': { en: '{count} added', fr: '{count} ajoutés' },
  'diff.items.removed.one': { en: '{count} removed', fr: '{count} supprimé' },
  'diff.items.removed.many': { en: '{count} removed', fr: '{count} supprimés' },
  'diff.item.done': { en: 'done: {task} ({where})', fr: 'terminé : {task} ({where})' },
  'diff.item.undone': { en: 'reopened: {task} ({where})', fr: 'rouvert : {task} ({where})' },
  'diff.item.added': { en: 'added: {task} ({where})', fr: 'ajouté : {task} ({where})' },
  'diff.item.removed': { en: 'removed: {task} ({where})', fr: 'supprimé : {task} ({where})' },
  'diff.findings': { en: 'Findings: {parts}', fr: 'Problèmes : {parts}' },
  'diff.findings.introduced.one': { en: '{count} introduced', fr: '{count} nouveau' },
  'diff.findings.introduced.many': { en: '{count} introduced', fr: '{count} nouveaux' },
  'diff.findings.fixed.one': { en: '{count} fixed', fr: '{count} corrigé' },
  'diff.findings.fixed.many': { en: '{count} fixed', fr: '{count} corrigés' },
  'diff.finding.introduced': { en: 'new {severity} `{code}` (line {line}): {message}', fr: 'nouveau : {severity} `{code}` (ligne {line}) : {message}' },
  'diff.finding.fixed': { en: 'fixed {severity} `{code}` (was line {line}): {message}', fr: 'corrigé : {severity} `{code}` (ligne {line} avant) : {message}' },
  'timeline.mermaid.accTitle': { en: 'Timeline of {title}', fr: 'Calendrier de {title}' },
  'timeline.mermaid.outOfOrder': { en: 'ends before it starts', fr: 'finit avant de commencer' },

  // ── navigation, rename and quick fixes ─────────────────────────────────────
  'rename.notAnId': {
    en: 'Only ids can be renamed: put the cursor on the id of a criterion, phase, person, wave, risk or checklist item.',
    fr: 'Seuls les identifiants peuvent être renommés : placez le curseur sur l’identifiant d’un critère, d’une phase, d’une personne, d’une vague, d’un risque ou d’un élément de checklist.',
  },
  'rename.badSlug': {
    en: '`{name}` is not a valid id: use lower-case letters, digits, `.`, `_` or `-`, starting with a letter or digit.',
    fr: '`{name}` n’est pas un identifiant valide : utilisez des minuscules, des chiffres, `.`, `_` ou `-`, en commençant par une lettre ou un chiffre.',
  },
  'rename.taken': {
    en: '`{name}` is already used by another {kind}; pick an id that is not taken.',
    fr: '`{name}` est déjà utilisé par un autre élément ({kind}) ; choisissez un identifiant libre.',
  },
  'fix.replace': { en: 'Change `{name}` to `{suggestion}`', fr: 'Remplacer `{name}` par `{suggestion}`' },
  'fix.createCriterion': { en: 'Create criterion `{id}` under `criteria`', fr: 'Créer le critère `{id}` sous `criteria`' },
  'fix.addPerson': { en: 'Add `{id}` to `people`', fr: 'Ajouter `{id}` à `people`' },
  'fix.addOwner': { en: 'Set the owner to `{id}`{who}', fr: 'Confier à `{id}`{who}' },
  'fix.addChampion': { en: 'Set the champion to `{id}`{who}', fr: 'Désigner `{id}` comme référent{who}' },
  'fix.addRollback': { en: 'Add a `rollback` plan to complete', fr: 'Ajouter un plan de `rollback` à compléter' },
  'fix.addExitCriteria': { en: 'Add `{key}: [{id}]`', fr: 'Ajouter `{key}: [{id}]`' },
  'fix.addExitCriteriaNew': {
    en: 'Add `{key}` with a new criterion `{id}`',
    fr: 'Ajouter `{key}` avec un nouveau critère `{id}`',
  },
  // text that a quick fix writes into the plan (in the plan's language, metadata.language)
  'fix.addToRoster': { en: 'Add `{id}` to the programme’s roster', fr: 'Ajouter `{id}` à l’annuaire du programme' },
  'fix.moveWindow': { en: 'Move the go-live window to start on {date}', fr: 'Déplacer la fenêtre de mise en production au {date}' },
  'fix.stub.metric': { en: 'To be defined', fr: 'À définir' },
  'fix.stub.successId': { en: 'success', fr: 'reussite' },
  'fix.stub.rollback': { en: 'Restore the previous version (steps to be detailed)', fr: 'Restaurer la version précédente (étapes à détailler)' },
  // ── completion and hover ───────────────────────────────────────────────────
  'completion.requiredKey': { en: '{title} (required)', fr: '{title} (obligatoire)' },
  'completion.referencedNotDefined': { en: 'Referenced in the plan but not defined yet', fr: 'Référencé dans le plan mais pas encore défini' },
  'completion.template.detail': { en: 'Template from the deployment method', fr: 'Modèle tiré de la méthode de déploiement' },
  'completion.template.phase': { en: 'New phase: {type}', fr: 'Nouvelle phase : {type}' },
  'completion.template.task': { en: 'New checklist item', fr: 'Nouvel élément de checklist' },
  'completion.template.risk': { en: 'New risk', fr: 'Nouveau risque' },
  'completion.template.wave': { en: 'New wave', fr: 'Nouvelle vague' },
  'completion.template.criterion': { en: 'New success criterion', fr: 'Nouveau critère de succès' },
  'completion.template.person': { en: 'New person', fr: 'Nouvelle personne' },
  'completion.template.freeze': { en: 'New freeze', fr: 'Nouvelle période de gel' },
  'completion.cycle': {
    en: 'would create a dependency cycle: `{other}` already depends on `{id}`',
    fr: 'créerait un cycle de dépendances : `{other}` dépend déjà de `{id}`',
  },
  'describe.field': { en: '{label}: {value}', fr: '{label} : {value}' },
  'describe.criterion': { en: 'Success criterion {id}', fr: 'Critère de succès {id}' },
  'describe.phase': { en: 'Phase {id}', fr: 'Phase {id}' },
  'describe.person': { en: 'Person {id}', fr: 'Personne {id}' },
  'describe.undefined': { en: '`{id}` is not defined in this plan.', fr: '`{id}` n’est pas défini dans ce plan.' },
  'describe.undefinedInProgramme': { en: '`{id}` is not defined in this programme.', fr: '`{id}` n’est pas défini dans ce programme.' },
  'describe.plan': { en: 'Plan', fr: 'Plan' },
  'describe.metric': { en: 'Metric', fr: 'Indicateur' },
  'describe.target': { en: 'Target', fr: 'Cible' },
  'describe.actual': { en: 'Actual', fr: 'Valeur mesurée' },
  'describe.met': { en: 'Met', fr: 'Atteint' },
  'describe.status': { en: 'Status', fr: 'Statut' },
  'describe.owner': { en: 'Owner', fr: 'Responsable' },
  'describe.type': { en: 'Type', fr: 'Type' },
  'describe.dates': { en: 'Dates', fr: 'Dates' },
  'describe.progress': { en: 'Progress', fr: 'Avancement' },
  'describe.progressValue': { en: '{done} of {total} checklist items done', fr: '{done} élément(s) de checklist terminé(s) sur {total}' },
  'describe.noChecklist': { en: 'no checklist yet', fr: 'pas encore de checklist' },
  'describe.role': { en: 'Role', fr: 'Rôle' },
  'describe.team': { en: 'Team', fr: 'Équipe' },
  'describe.yes': { en: 'yes', fr: 'oui' },
  'describe.no': { en: 'no', fr: 'non' },
  'describe.status.met': { en: 'met', fr: 'atteint' },
  'describe.status.unmet': { en: 'not met', fr: 'non atteint' },
  'describe.status.unknown': { en: 'not measured yet', fr: 'pas encore mesuré' },

  // ── command line and config files ──────────────────────────────────────────
  // `rollout-plan` (check, report, init): every line it writes on stderr, its summary and its help.
  // Option names, values and file names stay as typed; French follows GNU tools (« rollout-plan : »).
  'cli.line': { en: 'rollout-plan: {message}', fr: 'rollout-plan : {message}' },
  'cli.fileProblem': { en: '{file}: {message}', fr: '{file} : {message}' },
  'cli.internalError': {
    en: 'internal error: {detail} (set ROLLOUT_PLAN_DEBUG=1 for details)',
    fr: 'erreur interne : {detail} (définissez ROLLOUT_PLAN_DEBUG=1 pour avoir les détails)',
  },
  'cli.internalErrorStack': { en: 'internal error: {detail}\n{stack}', fr: 'erreur interne : {detail}\n{stack}' },
  'cli.usage.missingCommand': {
    en: 'missing command (check, report or init); run rollout-plan --help',
    fr: 'commande manquante (check, report ou init) ; lancez rollout-plan --help',
  },
  'cli.usage.unknownCommand': {
    en: 'unknown command "{command}" (the commands are check, report and init); run rollout-plan --help',
    fr: 'commande inconnue « {command} » (les commandes sont check, report et init) ; lancez rollout-plan --help',
  },
  'cli.usage.noHelp': {
    en: 'no help for "{topic}": the commands are check, report and init',
    fr: 'pas d’aide pour « {topic} » : les commandes sont check, report et init',
  },
  'cli.usage.unknownOption': {
    en: 'unknown option {option}; run rollout-plan --help',
    fr: 'option inconnue {option} ; lancez rollout-plan --help',
  },
  'cli.usage.unknownCommandOption': {
    en: 'unknown option {option} for "{command}"; run rollout-plan {command} --help',
    fr: 'option inconnue {option} pour « {command} » ; lancez rollout-plan {command} --help',
  },
  'cli.usage.unknownCommandOptionSuggest': {
    en: 'unknown option {option} for "{command}" (did you mean {suggestion}?); run rollout-plan {command} --help',
    fr: 'option inconnue {option} pour « {command} » (vouliez-vous dire {suggestion} ?) ; lancez rollout-plan {command} --help',
  },
  'cli.usage.takesNoValue': { en: 'option {option} takes no value', fr: 'l’option {option} ne prend pas de valeur' },
  'cli.usage.needsValue': { en: 'option {option} needs a value', fr: 'l’option {option} attend une valeur' },
  'cli.usage.badValue': {
    en: 'option {option} must be one of {values}, not "{value}"',
    fr: 'l’option {option} accepte {values}, pas « {value} »',
  },
  'cli.usage.notWholeNumber': {
    en: 'option {option} must be a whole number (0 or more), not "{value}"',
    fr: 'l’option {option} attend un nombre entier (0 ou plus), pas « {value} »',
  },
  'cli.usage.initOneFile': {
    en: 'init takes one file, not {count}; run rollout-plan init --help',
    fr: 'init prend un seul fichier, pas {count} ; lancez rollout-plan init --help',
  },
  'cli.usage.badPlanId': {
    en: '--id "{id}" is not a valid plan id: use lower-case letters, digits, ".", "_" or "-", starting with a letter or digit',
    fr: '--id « {id} » n’est pas un identifiant de plan valide : utilisez des minuscules, des chiffres, « . », « _ » ou « - », en commençant par une lettre ou un chiffre',
  },
  'cli.init.exists': {
    en: '{file} already exists; init never overwrites a file (give another name)',
    fr: '{file} existe déjà ; init n’écrase jamais un fichier (choisissez un autre nom)',
  },
  'cli.init.created': {
    en: 'Created {file}. Edit it, then run: rollout-plan check {arg}',
    fr: 'Plan créé : {file}. Complétez-le, puis lancez : rollout-plan check {arg}',
  },
  'cli.usage.svgNeedsFolder': {
    en: '--format svg writes one file per plan: give --output a folder for these {count} plans',
    fr: '--format svg écrit un fichier par plan : indiquez un dossier à --output pour ces {count} plans',
  },
  'cli.cannotWrite': { en: 'cannot write {file}: {reason}', fr: 'impossible d’écrire {file} : {reason}' },
  'cli.cannotReadConfig': {
    en: 'cannot read config {file}: {reason}',
    fr: 'impossible de lire la configuration {file} : {reason}',
  },
  'cli.notAPlan': {
    en: 'not a rollout plan (neither named *.rollout.yaml nor declaring kind: RolloutPlan); skipped',
    fr: 'ce n’est pas un plan de déploiement (ni nommé *.rollout.yaml, ni déclarant kind: RolloutPlan) ; ignoré',
  },
  'cli.notChecked': {
    en: 'could not be checked (internal error: {detail})',
    fr: 'n’a pas pu être vérifié (erreur interne : {detail})',
  },
  'cli.cacheNotWritten': {
    en: 'the cache could not be written ({reason}); the next run checks every plan again',
    fr: 'le cache n’a pas pu être écrit ({reason}) ; la prochaine exécution vérifiera de nouveau tous les plans',
  },
  'cli.debug.checkStats': {
    en: '{plans} plans: {analysed} analysed on {threads} threads, {reused} from the cache',
    fr: '{plans} plans : {analysed} analysés sur {threads} threads, {reused} repris du cache',
  },
  'cli.noMatch': { en: 'no file matches {pattern}', fr: 'aucun fichier ne correspond à {pattern}' },
  'cli.noMatchBecause': {
    en: 'no file matches {pattern} ({folder}: {reason})',
    fr: 'aucun fichier ne correspond à {pattern} ({folder} : {reason})',
  },
  'cli.badGlob': { en: 'cannot use the glob {pattern}: {reason}', fr: 'impossible d’utiliser le glob {pattern} : {reason}' },
  'cli.tooManyWarnings': { en: '{count}, more than --max-warnings {max}', fr: '{count}, plus que --max-warnings {max}' },
  // the summary line of `check`: counts are chosen by number (French: 0 and 1 take the singular)
  'cli.summary.noPlans': { en: 'No plans found.', fr: 'Aucun plan trouvé.' },
  'cli.summary.clean': { en: 'No problems in {total} {plans}.', fr: 'Aucun problème dans {total} {plans}.' },
  'cli.summary.findings': {
    en: '{counts} in {withFindings} of {total} {plans}',
    fr: '{counts} dans {withFindings} {plans} sur {total}',
  },
  'cli.plan.one': { en: 'plan', fr: 'plan' },
  'cli.plan.many': { en: 'plans', fr: 'plans' },
  // a programme folder's `kind: Programme` file is checked too, and counted apart from its plans
  'cli.summary.cleanWithProgrammes': {
    en: 'No problems in {plans} {planNoun} and {programmes} {programmeNoun}.',
    fr: 'Aucun problème dans {plans} {planNoun} et {programmes} {programmeNoun}.',
  },
  'cli.summary.findingsWithProgrammes': {
    en: '{counts} in {withFindings} of {total} {files} ({plans} {planNoun} and {programmes} {programmeNoun})',
    fr: '{counts} dans {withFindings} {files} sur {total} ({plans} {planNoun} et {programmes} {programmeNoun})',
  },
  'cli.file.one': { en: 'file', fr: 'fichier' },
  'cli.file.many': { en: 'files', fr: 'fichiers' },
  'cli.programmeFile.one': { en: 'programme file', fr: 'fichier de programme' },
  'cli.programmeFile.many': { en: 'programme files', fr: 'fichiers de programme' },
  'cli.severity.error': { en: 'error', fr: 'erreur' },
  'cli.severity.warning': { en: 'warning', fr: 'avertissement' },
  'cli.severity.information': { en: 'information', fr: 'information' },
  'cli.severity.hint': { en: 'hint', fr: 'suggestion' },
  'cli.count.error.one': { en: '{count} error', fr: '{count} erreur' },
  'cli.count.error.many': { en: '{count} errors', fr: '{count} erreurs' },
  'cli.count.warning.one': { en: '{count} warning', fr: '{count} avertissement' },
  'cli.count.warning.many': { en: '{count} warnings', fr: '{count} avertissements' },
  'cli.count.information.one': { en: '{count} information', fr: '{count} information' },
  'cli.count.information.many': { en: '{count} information', fr: '{count} informations' },
  'cli.count.hint.one': { en: '{count} hint', fr: '{count} suggestion' },
  'cli.count.hint.many': { en: '{count} hints', fr: '{count} suggestions' },
  // why a file or folder could not be read (Node's error codes)
  'io.cannotRead': { en: 'cannot read: {reason}', fr: 'lecture impossible : {reason}' },
  'io.cannotReadFolder': { en: 'cannot read folder: {reason}', fr: 'impossible de lire le dossier : {reason}' },
  'io.reason.ENOENT': { en: 'no such file or folder', fr: 'fichier ou dossier introuvable' },
  'io.reason.EACCES': { en: 'permission denied', fr: 'permission refusée' },
  'io.reason.ELOOP': { en: 'symbolic link loop', fr: 'boucle de liens symboliques' },
  'io.reason.ENOTDIR': { en: 'not a folder', fr: 'ce n’est pas un dossier' },
  'io.reason.EISDIR': { en: 'is a folder', fr: 'c’est un dossier' },
  'io.reason.EMFILE': { en: 'too many open files', fr: 'trop de fichiers ouverts' },
  'io.reason.notLocalFile': { en: 'not a file on this computer', fr: 'ce n’est pas un fichier de cet ordinateur' },
  'io.reason.other': { en: 'system error ({detail})', fr: 'erreur système ({detail})' },
  // files read from the workspace are untrusted (untrusted-file.ts): only regular files, within a size cap
  'io.reason.notRegularFile': {
    en: 'not a regular file (a pipe, a device or a socket is never read)',
    fr: 'ce n’est pas un fichier ordinaire (un tube, un périphérique ou un socket n’est jamais lu)',
  },
  'io.reason.tooLarge': { en: 'larger than {max} MiB, the limit for this file', fr: 'plus de {max} Mio, la limite pour ce fichier' },
  // git, for the readiness diff (node/git*.ts): what went wrong, in words a CI log reader can act on
  'git.missing': {
    en: 'git is not installed, or not on the PATH; the diff reads the base through git',
    fr: 'git n’est pas installé, ou pas dans le PATH ; le diff lit la base avec git',
  },
  'git.notARepository': {
    en: '{folder} is not in a git repository; run the diff inside a clone',
    fr: '{folder} n’est pas dans un dépôt git ; lancez le diff dans un clone',
  },
  'git.unknownRef': {
    en: '{ref} names no commit in this repository (a branch, tag, remote branch or commit hash)',
    fr: '{ref} ne désigne aucun commit de ce dépôt (une branche, une étiquette, une branche distante ou un hash de commit)',
  },
  'git.unknownRefShallow': {
    en: '{ref} is not in this shallow clone (only the latest commits were fetched): fetch it with `{fetch}` and compare with --base {base}, or give actions/checkout `fetch-depth: 0`',
    fr: '{ref} n’est pas dans ce clone superficiel (seuls les derniers commits ont été récupérés) : récupérez-le avec `{fetch}` et comparez avec --base {base}, ou donnez `fetch-depth: 0` à actions/checkout',
  },
  'git.failed': { en: 'git {command} failed: {detail}', fr: 'échec de git {command} : {detail}' },
  'git.timeout': { en: 'git {command} took more than {seconds} s and was stopped', fr: 'git {command} a pris plus de {seconds} s et a été arrêté' },
  'git.tooMuchOutput': { en: 'git {command} wrote more than {max} MiB and was stopped', fr: 'git {command} a écrit plus de {max} Mio et a été arrêté' },
  'git.reason.binary': { en: 'a binary file (it holds NUL bytes)', fr: 'un fichier binaire (il contient des octets NUL)' },
  // rollout-plan diff (cli/diff.ts)
  'cli.diff.outsideRepository': {
    en: 'outside the git repository {root}: not compared',
    fr: 'hors du dépôt git {root} : non comparé',
  },
  'cli.usage.diffNeedsBase': {
    en: 'diff needs --base <ref>: the branch, tag or commit to compare with (e.g. --base origin/main)',
    fr: 'diff attend --base <ref> : la branche, l’étiquette ou le commit de comparaison (par exemple --base origin/main)',
  },
  'cli.usage.badFailOn': {
    en: 'unknown --fail-on kind "{kind}" (known: {known})',
    fr: 'type --fail-on inconnu « {kind} » (types connus : {known})',
  },
  'cli.usage.badFailOnSuggest': {
    en: 'unknown --fail-on kind "{kind}"; did you mean {suggestion}? (known: {known})',
    fr: 'type --fail-on inconnu « {kind} » ; vouliez-vous dire {suggestion} ? (types connus : {known})',
  },
  // why a glob (config include/exclude, command line) is refused (service/glob.ts)
  'glob.tooManyAlternatives': {
    en: 'its braces expand to more than {max} patterns',
    fr: 'ses accolades produisent plus de {max} motifs',
  },
  'glob.tooLong': { en: 'it is longer than {max} characters', fr: 'il dépasse {max} caractères' },
  'glob.extglob': {
    en: 'extended glob syntax such as @(a|b) or +(a) is not supported; write {a,b} for alternatives',
    fr: 'la syntaxe glob étendue, comme @(a|b) ou +(a), n’est pas prise en charge ; écrivez {a,b} pour des variantes',
  },
  // rollout-plan.config.json problems (parseConfig): the rest of the file still applies
  'config.notJson': { en: 'not valid JSON', fr: 'JSON invalide' },
  'config.notJsonAt': {
    en: 'not valid JSON (line {line}, column {column})',
    fr: 'JSON invalide (ligne {line}, colonne {column})',
  },
  'config.notJsonEnd': { en: 'not valid JSON: the text ends too early', fr: 'JSON invalide : le texte s’arrête trop tôt' },
  'config.notObject': { en: 'the file must hold a JSON object', fr: 'le fichier doit contenir un objet JSON' },
  'config.rulesNotObject': {
    en: '"rules" must be an object of check codes to severities',
    fr: '« rules » doit être un objet qui associe des codes de vérification à des sévérités',
  },
  'config.unknownCode': {
    en: 'unknown check code "{code}" (known: {known})',
    fr: 'code de vérification inconnu « {code} » (codes connus : {known})',
  },
  'config.badSeverity': {
    en: '"{code}" must be one of error, warning, information, hint, off',
    fr: '« {code} » doit valoir error, warning, information, hint ou off',
  },
  'config.notGlobs': {
    en: '"{key}" must be a list of glob patterns',
    fr: '« {key} » doit être une liste de motifs glob',
  },
  'config.badGlob': {
    en: 'the "{key}" pattern "{pattern}" is ignored: {reason}',
    fr: 'le motif « {pattern} » de « {key} » est ignoré : {reason}',
  },
  // --help texts: option names and values stay as typed; placeholders fill in the defaults
  'cli.help.main': {
    en: 'Usage: rollout-plan <command> [options]\n'
      + '\n'
      + 'Checks rollout plans (*.rollout.yaml) with the same rules as the editor, and reports their readiness.\n'
      + '\n'
      + 'Commands:\n'
      + '  check [paths or globs...]   check plans and report diagnostics (text, JSON or SARIF)\n'
      + '  report [paths or globs...]  readiness report of the plans (Markdown or JSON), as the editor exports it,\n'
      + '                              or their timelines as SVG charts\n'
      + '  diff --base <ref> [paths]   what changed in the plans since a git ref, in their terms (Markdown or JSON)\n'
      + '  init [file]                 write a starter plan (default: {planFile})\n'
      + '\n'
      + 'Options:\n'
      + '  -h, --help      show help (rollout-plan <command> --help for a command\'s options)\n'
      + '  -v, --version   show the version\n'
      + '\n'
      + 'Messages follow LC_ALL, LC_MESSAGES or LANG (fr or en); --locale chooses for one command.\n'
      + '\n'
      + 'Exit codes: 0 no error, 1 errors (or too many warnings; check only; diff: a --fail-on change),\n'
      + '2 usage, I/O or git problem.\n',
    fr: 'Utilisation : rollout-plan <commande> [options]\n'
      + '\n'
      + 'Vérifie les plans de déploiement (*.rollout.yaml) avec les mêmes règles que l’éditeur, et rend\n'
      + 'compte de leur état de préparation.\n'
      + '\n'
      + 'Commandes :\n'
      + '  check [chemins ou globs...]   vérifie les plans et affiche les diagnostics (texte, JSON ou SARIF)\n'
      + '  report [chemins ou globs...]  rapport de préparation des plans (Markdown ou JSON), tel que\n'
      + '                                l’exporte l’éditeur, ou leur calendrier en graphique SVG\n'
      + '  diff --base <ref> [chemins]   ce qui a changé dans les plans depuis une référence git, dans\n'
      + '                                leurs termes (Markdown ou JSON)\n'
      + '  init [fichier]                crée un plan de départ (par défaut : {planFile})\n'
      + '\n'
      + 'Options :\n'
      + '  -h, --help      affiche l’aide (rollout-plan <commande> --help : les options d’une commande)\n'
      + '  -v, --version   affiche la version\n'
      + '\n'
      + 'Les messages suivent LC_ALL, LC_MESSAGES ou LANG (fr ou en) ; --locale choisit pour une commande.\n'
      + '\n'
      + 'Codes de sortie : 0 aucune erreur, 1 erreurs (ou trop d’avertissements ; check seulement ;\n'
      + 'diff : un changement de --fail-on), 2 problème d’utilisation, d’entrée-sortie ou de git.\n',
  },
  'cli.help.check': {
    en: 'Usage: rollout-plan check [options] [paths or globs...]\n'
      + '\n'
      + 'Checks rollout plans and prints their diagnostics. Without paths, checks every plan under the\n'
      + 'current folder that the config\'s "include" globs select (default: {include});\n'
      + 'node_modules and .git are skipped. A path may be a file, a folder or a glob (quote globs so the\n'
      + 'shell leaves them alone: \'plans/**/*.rollout.yaml\').\n'
      + '\n'
      + 'Options:\n'
      + '  -f, --format <text|json|sarif>  output format (default: text)\n'
      + '  -c, --config <file>             config file to use for every plan (default: the nearest\n'
      + '                                  {configFile} above each plan, as in the editor)\n'
      + '      --max-warnings <n>          exit with 1 when there are more than n warnings\n'
      + '  -q, --quiet                     report errors only\n'
      + '      --no-color                  no colours (colours only on a terminal, never with NO_COLOR set)\n'
      + '      --locale <en|fr>            language of the messages (default: from LC_ALL, LC_MESSAGES, LANG)\n'
      + '  -j, --jobs <n>                  threads to check plans on (default 0: one per core when there\n'
      + '                                  are enough plans, else one)\n'
      + '      --cache                     reuse the findings of plans unchanged since the last run\n'
      + '      --cache-location <path>     the cache file, or a folder for it (default: {cacheFile} in\n'
      + '                                  the folder of the config, else the current folder); implies --cache\n'
      + '  -h, --help                      show this help\n'
      + '\n'
      + 'Exit codes: 0 no error (and warnings within --max-warnings), 1 errors or too many warnings,\n'
      + '2 usage or I/O problem (unknown option, missing path, unreadable file, invalid config).\n',
    fr: 'Utilisation : rollout-plan check [options] [chemins ou globs...]\n'
      + '\n'
      + 'Vérifie les plans de déploiement et affiche leurs diagnostics. Sans chemin, vérifie tous les plans\n'
      + 'du dossier courant que retiennent les globs « include » de la configuration\n'
      + '(par défaut : {include}) ; node_modules et .git sont ignorés.\n'
      + 'Un chemin peut être un fichier, un dossier ou un glob (mettez les globs entre apostrophes pour\n'
      + 'que le shell n’y touche pas : \'plans/**/*.rollout.yaml\').\n'
      + '\n'
      + 'Options :\n'
      + '  -f, --format <text|json|sarif>  format de sortie (par défaut : text)\n'
      + '  -c, --config <fichier>          fichier de configuration pour tous les plans (par défaut : le\n'
      + '                                  {configFile} le plus proche de chaque plan, en\n'
      + '                                  remontant les dossiers, comme dans l’éditeur)\n'
      + '      --max-warnings <n>          se termine avec le code 1 s’il y a plus de n avertissements\n'
      + '  -q, --quiet                     n’affiche que les erreurs\n'
      + '      --no-color                  sans couleurs (couleurs seulement dans un terminal, jamais si\n'
      + '                                  NO_COLOR est défini)\n'
      + '      --locale <en|fr>            langue des messages (par défaut : selon LC_ALL, LC_MESSAGES, LANG)\n'
      + '  -j, --jobs <n>                  nombre de threads qui vérifient les plans (par défaut : 0, un par\n'
      + '                                  cœur s’il y a assez de plans, sinon un seul)\n'
      + '      --cache                     reprend les résultats des plans inchangés depuis la dernière fois\n'
      + '      --cache-location <chemin>   le fichier du cache, ou un dossier pour lui (par défaut : {cacheFile}\n'
      + '                                  dans le dossier de la configuration, sinon le dossier courant) ;\n'
      + '                                  implique --cache\n'
      + '  -h, --help                      affiche cette aide\n'
      + '\n'
      + 'Codes de sortie : 0 aucune erreur (et pas plus d’avertissements que --max-warnings), 1 erreurs ou\n'
      + 'trop d’avertissements, 2 problème d’utilisation ou d’entrée-sortie (option inconnue, chemin absent,\n'
      + 'fichier illisible, configuration invalide).\n',
  },
  'cli.help.report': {
    en: 'Usage: rollout-plan report [options] [paths or globs...]\n'
      + '\n'
      + 'Prints the readiness report of the plans, the one the editor\'s "Export readiness report" writes:\n'
      + 'per plan, the phases with their progress, the success criteria, the Go/No-Go gates with their\n'
      + 'verdict and reasons, the missing owners and the overdue tasks. Selects the same plans as\n'
      + '`rollout-plan check` (default: every plan under the current folder). A plan with errors is still\n'
      + 'reported; YAML syntax errors are marked in its section. When the plans belong to a programme\n'
      + 'file, the report opens with its summary: every plan of the programme, named or not, with its\n'
      + 'progress, verdicts and missing owners, then the next go-lives and the freezes to come.\n'
      + '\n'
      + 'Options:\n'
      + '  -f, --format <markdown|json|svg>  output format (default: markdown, fit for a pull request\n'
      + '                                comment); svg: each plan\'s timeline as a Gantt chart, as the\n'
      + '                                editor\'s timeline draws it\n'
      + '      --locale <en|fr|plan>     language of the report (default: from LC_ALL, LC_MESSAGES, LANG);\n'
      + '                                plan: each plan\'s section in its metadata.language (fr: French,\n'
      + '                                anything else: English)\n'
      + '  -o, --output <file>           write the report to this file instead of standard output;\n'
      + '                                svg: a file for one plan, else a folder (one <plan>.svg each)\n'
      + '  -c, --config <file>           config file to use for every plan (default: the nearest\n'
      + '                                {configFile} above each plan, as in the editor)\n'
      + '  -h, --help                    show this help\n'
      + '\n'
      + 'Exit codes: 0 the report was written (whatever the plans\' problems), 2 usage or I/O problem\n'
      + '(unknown option, missing path, unreadable file, invalid config, --output not writable).\n',
    fr: 'Utilisation : rollout-plan report [options] [chemins ou globs...]\n'
      + '\n'
      + 'Affiche le rapport de préparation des plans, celui qu’écrit la commande « Exporter le rapport\n'
      + 'de préparation » de l’éditeur : pour chaque plan, les phases et leur avancement, les critères\n'
      + 'de succès, les décisions Go/No-Go avec leur verdict et leurs motifs, les responsables manquants\n'
      + 'et les tâches en retard. Retient les mêmes plans que `rollout-plan check` (par défaut : tous\n'
      + 'les plans du dossier courant). Un plan qui a des erreurs figure quand même dans le rapport ;\n'
      + 'ses erreurs de syntaxe YAML y sont signalées. Quand les plans relèvent d’un fichier de programme,\n'
      + 'le rapport s’ouvre sur sa synthèse : chaque plan du programme, nommé ou non, avec son avancement,\n'
      + 'ses verdicts et ses responsables manquants, puis les prochaines mises en production et les\n'
      + 'périodes de gel à venir.\n'
      + '\n'
      + 'Options :\n'
      + '  -f, --format <markdown|json|svg>  format de sortie (par défaut : markdown, adapté à un\n'
      + '                                commentaire de pull request) ; svg : le calendrier de chaque\n'
      + '                                plan en diagramme de Gantt, tel que le dessine l’éditeur\n'
      + '      --locale <en|fr|plan>     langue du rapport (par défaut : selon LC_ALL, LC_MESSAGES, LANG) ;\n'
      + '                                plan : la section de chaque plan dans sa metadata.language\n'
      + '                                (fr : français, toute autre valeur : anglais)\n'
      + '  -o, --output <fichier>        écrit le rapport dans ce fichier au lieu de la sortie standard ;\n'
      + '                                svg : un fichier pour un seul plan, sinon un dossier (un\n'
      + '                                <plan>.svg par plan)\n'
      + '  -c, --config <fichier>        fichier de configuration pour tous les plans (par défaut : le\n'
      + '                                {configFile} le plus proche de chaque plan en remontant\n'
      + '                                les dossiers, comme dans l’éditeur)\n'
      + '  -h, --help                    affiche cette aide\n'
      + '\n'
      + 'Codes de sortie : 0 le rapport a été écrit (quels que soient les problèmes des plans), 2 problème\n'
      + 'd’utilisation ou d’entrée-sortie (option inconnue, chemin absent, fichier illisible, configuration\n'
      + 'invalide, --output impossible à écrire).\n',
  },
  'cli.help.diff': {
    en: 'Usage: rollout-plan diff --base <ref> [options] [paths or globs...]\n'
      + '\n'
      + 'Compares the plans of the working tree with the same files at a git ref, in the plans\' terms:\n'
      + 'gate verdicts and decisions, criteria, dates that slipped or were pulled in, checklists, owners,\n'
      + 'risks, phases and waves added or removed, findings introduced and fixed. Selects the same plans\n'
      + 'as `rollout-plan check` (default: every plan under the current folder); only the plans git\n'
      + 'reports changed are compared, renames followed, deleted and new plans included.\n'
      + '\n'
      + 'Options:\n'
      + '  -b, --base <ref>              the branch, tag or commit to compare with (e.g. origin/main)\n'
      + '  -f, --format <markdown|json>  output format (default: markdown, fit for a pull request comment)\n'
      + '      --fail-on <kinds>         exit with 1 when one of these changes is found, comma-separated:\n'
      + '                                {failKinds}\n'
      + '      --locale <en|fr|plan>     language of the diff (default: from LC_ALL, LC_MESSAGES, LANG);\n'
      + '                                plan: each plan\'s section in its metadata.language\n'
      + '  -o, --output <file>           write the diff to this file instead of standard output\n'
      + '  -c, --config <file>           config file to use for every plan (default: the nearest\n'
      + '                                {configFile} above each plan, as in the editor)\n'
      + '  -h, --help                    show this help\n'
      + '\n'
      + 'In a shallow clone (actions/checkout\'s default), fetch the base first:\n'
      + '  git fetch --depth=1 origin main:refs/remotes/origin/main, then --base origin/main\n'
      + '  (or fetch-depth: 0 in actions/checkout)\n'
      + '\n'
      + 'Exit codes: 0 the diff was written, 1 a --fail-on change was found, 2 usage or git problem (not a\n'
      + 'git repository, unknown ref, shallow clone without the ref, git missing, a plan outside the\n'
      + 'repository, unreadable file, invalid config).\n',
    fr: 'Utilisation : rollout-plan diff --base <ref> [options] [chemins ou globs...]\n'
      + '\n'
      + 'Compare les plans de l’arbre de travail avec les mêmes fichiers à une référence git, dans les\n'
      + 'termes des plans : verdicts et décisions des jalons, critères, dates repoussées ou avancées,\n'
      + 'listes de contrôle, responsables, risques, phases et vagues ajoutées ou retirées, problèmes\n'
      + 'apparus et corrigés. Retient les mêmes plans que `rollout-plan check` (par défaut : tous les\n'
      + 'plans du dossier courant) ; seuls les plans que git dit modifiés sont comparés, les renommages\n'
      + 'suivis, les plans supprimés et nouveaux inclus.\n'
      + '\n'
      + 'Options :\n'
      + '  -b, --base <ref>              la branche, l’étiquette ou le commit de comparaison\n'
      + '                                (par exemple origin/main)\n'
      + '  -f, --format <markdown|json>  format de sortie (par défaut : markdown, adapté à un commentaire\n'
      + '                                de pull request)\n'
      + '      --fail-on <types>         se termine avec le code 1 si l’un de ces changements est trouvé,\n'
      + '                                séparés par des virgules : {failKinds}\n'
      + '      --locale <en|fr|plan>     langue du diff (par défaut : selon LC_ALL, LC_MESSAGES, LANG) ;\n'
      + '                                plan : la section de chaque plan dans sa metadata.language\n'
      + '  -o, --output <fichier>        écrit le diff dans ce fichier au lieu de la sortie standard\n'
      + '  -c, --config <fichier>        fichier de configuration pour tous les plans (par défaut : le\n'
      + '                                {configFile} le plus proche de chaque plan en remontant\n'
      + '                                les dossiers, comme dans l’éditeur)\n'
      + '  -h, --help                    affiche cette aide\n'
      + '\n'
      + 'Dans un clone superficiel (le défaut d’actions/checkout), récupérez d’abord la base :\n'
      + '  git fetch --depth=1 origin main:refs/remotes/origin/main, puis --base origin/main\n'
      + '  (ou fetch-depth: 0 dans actions/checkout)\n'
      + '\n'
      + 'Codes de sortie : 0 le diff a été écrit, 1 un changement de --fail-on a été trouvé, 2 problème\n'
      + 'd’utilisation ou de git (pas un dépôt git, référence inconnue, clone superficiel sans la\n'
      + 'référence, git absent, plan hors du dépôt, fichier illisible, configuration invalide).\n',
  },
  'cli.help.init': {
    en: 'Usage: rollout-plan init [options] [file]\n'
      + '\n'
      + 'Writes a starter plan (in French) that passes `rollout-plan check` with no diagnostic: definition,\n'
      + 'pilot with exit criteria, Go/No-Go gate, go-live with rollback, run. Never overwrites a file.\n'
      + 'A folder as <file> gets {planFile} inside it.\n'
      + '\n'
      + 'Arguments:\n'
      + '  file                 the plan to create (default: {planFile})\n'
      + '\n'
      + 'Options:\n'
      + '      --id <id>        metadata.id of the plan (default: from the file name)\n'
      + '      --title <text>   metadata.title of the plan\n'
      + '      --locale <en|fr> language of the messages (default: from LC_ALL, LC_MESSAGES, LANG)\n'
      + '  -h, --help           show this help\n',
    fr: 'Utilisation : rollout-plan init [options] [fichier]\n'
      + '\n'
      + 'Crée un plan de départ (en français) que `rollout-plan check` accepte sans aucun diagnostic :\n'
      + 'cadrage, pilote avec critères de sortie, décision Go/No-Go, mise en production avec plan de\n'
      + 'retour arrière, exploitation. N’écrase jamais un fichier. Si <fichier> est un dossier, le plan\n'
      + 'y est créé sous le nom {planFile}.\n'
      + '\n'
      + 'Arguments :\n'
      + '  fichier              le plan à créer (par défaut : {planFile})\n'
      + '\n'
      + 'Options :\n'
      + '      --id <id>        metadata.id du plan (par défaut : tiré du nom du fichier)\n'
      + '      --title <texte>  metadata.title du plan\n'
      + '      --locale <en|fr> langue des messages (par défaut : selon LC_ALL, LC_MESSAGES, LANG)\n'
      + '  -h, --help           affiche cette aide\n',
  },
  // ── the timeline's SVG chart (features/timeline/svg*.ts): its words, the hover and screen-reader lines ──
  'timeline.svg.title': { en: 'Timeline: {title}', fr: 'Calendrier : {title}' },
  'timeline.svg.rows': { en: 'Phases and waves', fr: 'Phases et vagues' },
  'timeline.svg.today': { en: 'Today', fr: 'Aujourd’hui' },
  'timeline.svg.todayOn': { en: 'Today, {date}', fr: 'Aujourd’hui, {date}' },
  'timeline.svg.link': { en: '{from} before {to}', fr: '{from} avant {to}' },
  'timeline.svg.unscheduled': { en: 'Not scheduled', fr: 'Non planifié' },
  'timeline.svg.unscheduledItem': { en: '{title}: {reason}', fr: '{title} : {reason}' },
  'timeline.svg.nothingScheduled': {
    en: 'Nothing in this plan has dates yet.',
    fr: 'Rien dans ce plan n’a encore de dates.',
  },
  'timeline.svg.heading': { en: '{title} ({type})', fr: '{title} ({type})' },
  'timeline.svg.dates': { en: 'from {start} to {end}', fr: 'du {start} au {end}' },
  'timeline.svg.on': { en: 'on {date}', fr: 'le {date}' },
  'timeline.svg.outOfOrder': { en: 'dates out of order: the end is before the start', fr: 'dates inversées : la fin précède le début' },
  'timeline.svg.outOfOrderMark': { en: 'dates out of order', fr: 'dates inversées' },
  'timeline.svg.scope': { en: 'scope: {scope}', fr: 'périmètre : {scope}' },
  'timeline.svg.owner': { en: 'owner: {owner}', fr: 'responsable : {owner}' },
  'timeline.svg.champion': { en: 'champion: {owner}', fr: 'référent : {owner}' },
  'timeline.svg.progress': { en: 'progress: {done}/{total} ({percent})', fr: 'avancement : {done}/{total} ({percent})' },
  'timeline.svg.state': { en: 'state: {state}', fr: 'état : {state}' },
  'timeline.svg.verdict': { en: 'verdict: {verdict}', fr: 'verdict : {verdict}' },
  'timeline.svg.reasons': { en: 'why:', fr: 'motifs :' },
  'timeline.svg.findings.one': { en: '{count} problem in the plan', fr: '{count} problème dans le plan' },
  'timeline.svg.findings.many': { en: '{count} problems in the plan', fr: '{count} problèmes dans le plan' },
  // ── the timeline's webview in VS Code (client/src/timeline/): its toolbar and messages ──
  'timeline.view.toolbar': { en: 'Timeline tools', fr: 'Outils du calendrier' },
  'timeline.view.zoom': { en: 'Zoom:', fr: 'Zoom :' },
  'timeline.view.fit': { en: 'Fit', fr: 'Ajuster' },
  'timeline.view.week': { en: 'Week', fr: 'Semaine' },
  'timeline.view.month': { en: 'Month', fr: 'Mois' },
  'timeline.view.quarter': { en: 'Quarter', fr: 'Trimestre' },
  'timeline.view.exportSvg': { en: 'Export SVG', fr: 'Exporter en SVG' },
  'timeline.view.exportPng': { en: 'Export PNG', fr: 'Exporter en PNG' },
  'timeline.view.waiting': { en: 'Drawing the timeline…', fr: 'Dessin du calendrier…' },
  'timeline.view.noPlan': {
    en: 'Open a rollout plan to see its timeline.',
    fr: 'Ouvrez un plan de déploiement pour voir son calendrier.',
  },
  'timeline.view.notOpen': {
    en: 'The plan is not open in an editor: open it to see its timeline.',
    fr: 'Le plan n’est pas ouvert dans un éditeur : ouvrez-le pour voir son calendrier.',
  },
  'timeline.view.saved': { en: 'Timeline saved to {file}.', fr: 'Calendrier enregistré dans {file}.' },
  'timeline.view.pngFailed': {
    en: 'The PNG could not be made: {reason}',
    fr: 'Le PNG n’a pas pu être créé : {reason}',
  },
  'timeline.view.show': { en: 'Show:', fr: 'Afficher :' },
  'timeline.view.plan': { en: 'Plan', fr: 'Plan' },
  'timeline.view.programme': { en: 'Programme', fr: 'Programme' },
  // ── the timeline of a programme (issue 18)
  'timeline.programme.implicit': { en: 'Plans of the workspace folder', fr: 'Plans du dossier de travail' },
  'timeline.svg.lane': { en: 'Plan: {title}', fr: 'Plan : {title}' },
  'timeline.svg.inPlan': { en: '{title} ({plan})', fr: '{title} ({plan})' },
  'timeline.svg.freeze': { en: 'Freeze “{title}”: {start} to {end}', fr: 'Gel « {title} » : du {start} au {end}' },
  'timeline.svg.freezePlans': { en: 'applies to: {plans}', fr: 'concerne : {plans}' },
  // ── what each check looks for (SARIF rules) ──
  'rule.schema': {
    en: ruleText(rules['schema']),
    fr: 'Le schéma JSON n’est pas respecté : clé inconnue, type incorrect, valeur hors liste ou clé obligatoire manquante.',
  },
  'rule.yaml-syntax': {
    en: ruleText(rules['yaml-syntax']),
    fr: 'Le YAML ne se lit pas, répète une clé ou contient plus d’un document.',
  },
  'rule.undefined-criterion': {
    en: ruleText(rules['undefined-criterion']),
    fr: 'exitCriteria ou les criteria d’un jalon nomment un critère que criteria ne définit pas.',
  },
  'rule.undefined-phase': {
    en: ruleText(rules['undefined-phase']),
    fr: 'after ne désigne aucune phase du plan.',
  },
  'rule.undefined-person': {
    en: ruleText(rules['undefined-person']),
    fr: 'Un responsable, sponsor, référent ou approbateur n’est pas dans people (seulement si people existe).',
  },
  'rule.duplicate-id': {
    en: ruleText(rules['duplicate-id']),
    fr: 'Un identifiant sert deux fois parmi les phases, vagues, risques et éléments de checklist, ou dans people ou criteria.',
  },
  'rule.dependency-cycle': {
    en: ruleText(rules['dependency-cycle']),
    fr: 'Les liens after forment un cycle.',
  },
  'rule.date-order': {
    en: ruleText(rules['date-order']),
    fr: 'Une date de fin précède son début, ou une fenêtre se termine avant de commencer.',
  },
  'rule.starts-before-dependency': {
    en: ruleText(rules['starts-before-dependency']),
    fr: 'Une phase commence avant la fin d’une phase de sa liste after.',
  },
  'rule.missing-owner': {
    en: ruleText(rules['missing-owner']),
    fr: 'Une phase, un élément de checklist, un critère ou un risque n’a pas de responsable, ou une vague n’a pas de référent.',
  },
  'rule.unmeasurable-criterion': {
    en: ruleText(rules['unmeasurable-criterion']),
    fr: 'Un critère quantitatif n’a pas de cible, ou une cible qui n’est pas un comparateur suivi d’un nombre.',
  },
  'rule.pilot-without-criteria': {
    en: ruleText(rules['pilot-without-criteria']),
    fr: 'Une phase pilote n’a pas d’exitCriteria, ou un jalon n’a pas de criteria.',
  },
  'rule.go-with-unmet-criteria': {
    en: ruleText(rules['go-with-unmet-criteria']),
    fr: 'Un jalon est décidé go alors qu’un de ses critères n’est pas atteint ou pas mesuré.',
  },
  'rule.unmitigated-risk': {
    en: ruleText(rules['unmitigated-risk']),
    fr: 'Un risque ouvert de sévérité high ou critical n’a pas de mesure d’atténuation.',
  },
  'rule.go-live-without-rollback': {
    en: ruleText(rules['go-live-without-rollback']),
    fr: 'Une mise en production n’a pas de plan de retour arrière.',
  },
  'rule.overdue-task': {
    en: ruleText(rules['overdue-task']),
    fr: 'Une tâche a dépassé son échéance sans être faite.',
  },
  'rule.unused-criterion': {
    en: ruleText(rules['unused-criterion']),
    fr: 'Un critère est défini mais rien n’y fait référence.',
  },
  'rule.go-live-in-freeze': {
    en: ruleText(rules['go-live-in-freeze']),
    fr: 'Une fenêtre de mise en production chevauche un gel du programme qui s’applique au plan.',
  },
  'rule.overlapping-go-lives': {
    en: ruleText(rules['overlapping-go-lives']),
    fr: 'Les fenêtres de mise en production de deux plans d’un même programme se chevauchent.',
  },
  'rule.overloaded-champion': {
    en: ruleText(rules['overloaded-champion']),
    fr: 'Une même personne est référente de deux vagues dont les dates se chevauchent, dans un plan ou entre les plans d’un programme.',
  },
  'rule.default': { en: 'Default: {severity}.', fr: 'Par défaut : {severity}.' },
  'completion.template.plan': { en: 'New rollout plan', fr: 'Nouveau plan de déploiement' },
  'completion.template.programme': { en: 'New programme file', fr: 'Nouveau fichier de programme' },
} as const satisfies Record<string, { en: string; fr: string }>;

export type MessageKey = keyof typeof catalog;
