# Trainers' tools: new bank, import, export, preview
new-done = Bank created: { $path }. Edit it with a text editor, then check it with “diagnum check { $path }” then look through it question by question with “diagnum preview { $path }”.
new-exists = “{ $path }” already exists: diagnum new never overwrites a file. Choose another name.
new-failed = Cannot write “{ $path }”: { $error }
import-general = General
import-true = True
import-false = False
import-domain = To be specified
import-too-large = file too large (4 MiB at most)
import-header = Bank imported from { $source } by “diagnum import”.
    To do before using it: check the levels (level = 1 where the file did not say),
    write the FALC wordings (prompt_falc), specify the competences' domains,
    adapt the paliers, then add trainings and orientation (see docs/bank-format.md).
    Then check it with “diagnum check”.
import-header-notes = Not converted (line of the original file):
import-palier-a-accompagner = Needs support
import-palier-a-accompagner-learner = You are starting out: we will support you step by step.
import-palier-a-accompagner-mediator = Plan one-to-one support.
import-palier-a-consolider = Basics to strengthen
import-palier-a-consolider-learner = You have the basics: a few workshops will make you more at ease.
import-palier-a-consolider-mediator = Direct to group workshops.
import-palier-autonome = Autonomous
import-palier-autonome-learner = You are at ease with these uses.
import-palier-autonome-mediator = Offer themed workshops.
import-unsupported = “{ $what }” question: no equivalent in diagnum, skipped
import-description = text without an answer between braces { "{" } { "}" } (description), skipped
import-no-right-answer = no right answer (= or positive weight), question skipped
import-too-few-choices = at least 2 choices are needed, question skipped
import-unclosed = brace { "{" } never closed, question skipped
import-weights = partial credit (%…%) reduced to right or wrong
import-html = HTML tags removed from the prompt
import-aiken-answer = answer “{ $answer }” is not the letter of a choice, question skipped
import-aiken-no-answer = question without an “ANSWER:” line, skipped
import-nothing = No question could be imported from “{ $path }”.
import-summary = { $questions } question(s) imported, { $notes } item(s) not converted{ $errors ->
        [0] .
       *[other] , and { $errors } error(s) in the written bank: run diagnum check.
    }
export-not-exported = question “{ $id }” ({ $kind }): GIFT has no such type, not exported
export-tolerance = question “{ $id }”: free-answer tolerance does not exist in GIFT; Moodle will compare its own way
export-summary = { $questions } question(s) exported out of { $total }.
import-unusable = question skipped, it would not be valid: { $why }
preview-title = Preview: { $title } ({ $path }) · { $errors } error(s), { $warnings } warning(s){ $reloads ->
        [0] {""}
       *[other] {" "}· reloaded
    }
preview-keys = ↑↓ question · number then Enter: go there · ←→ scroll · R reload the file · P problems · Q quit
preview-jump = Go to question { $number }: Enter to confirm
preview-has-errors = The file has errors: the bank cannot be used. Fix it in your editor, save, then press R to reload it.
preview-all-problems = All the problems of the file (P to go back to the questions):
preview-none = (none)
preview-question-head = Question { $number } / { $total } · { $id } · { $kind } · level { $level } · tube { $tube }
preview-competence = Competence: { $competence }
preview-prompt = Prompt:
preview-falc = FALC prompt (--falc, F key):
preview-explanation = Explanation (shown at the end):
preview-problems = Problems of this question (line of the file):
preview-right = [right]
preview-wrong = [wrong]
preview-choices = Choices, in the order shown (not shuffled):
preview-choices-shuffled = Choices, in the file's order (shuffled on screen):
preview-feedback = feedback: { $text }
preview-all-or-nothing = Points: all or nothing (all_or_nothing)
preview-partial = Points: partial credit (partial)
preview-order = Expected order (shuffled on screen):
preview-accept = Accepted answers (the first is shown as the right answer), then expected mistakes:
preview-tolerance = Ignore case: { $case } · accents: { $accents } · punctuation: { $punctuation } · typos allowed (typo_ratio): { $typo }
preview-yes = yes
preview-no = no
preview-task-key = Task: press the { $key } key ({ $attempts } attempt(s))
preview-task-type = Task: type exactly this text:
preview-task-click = Task: click the “{ $target }” target ({ $attempts } attempt(s))
preview-task-double-click = Task: double-click the “{ $target }” target ({ $attempts } attempt(s))
preview-observation = The médiateur answers: Yes (1 point), With help (0.5), No (0) or Not observed
preview-self = The person answers: Alone, With help, Not at all (counted apart)
preview-no-bank = unusable bank
preview-at-line = line { $line }:
