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
import-header-skipped = Not imported (line of the original file):
import-header-changed = Imported, to read again (line of the original file):
import-palier-a-accompagner = Needs support
import-palier-a-accompagner-learner = You are starting out: we will support you step by step.
import-palier-a-accompagner-mediator = Plan one-to-one support.
import-palier-a-consolider = Basics to strengthen
import-palier-a-consolider-learner = You have the basics: a few workshops will make you more at ease.
import-palier-a-consolider-mediator = Direct to group workshops.
import-palier-autonome = Autonomous
import-palier-autonome-learner = You are at ease with these uses.
import-palier-autonome-mediator = Offer themed workshops.
import-unsupported = { $what ->
        [numerical] numerical question ({ "{" }#…{ "}" })
        [matching] matching question (->)
        [essay] essay question (empty { "{" }{ "}" })
        [cloze] embedded answers question (Cloze, { "{" }1:MC:…{ "}" })
       *[other] “{ $what }” question
    }: no equivalent in diagnum, not imported
import-description = text without an answer between braces { "{" } { "}" } (a description, not a question), not imported
import-no-right-answer = no right answer (= or positive weight), question not imported
import-too-few-choices = at least 2 choices are needed, question not imported
import-unclosed = brace { "{" } never closed, question not imported: add the { "}" } after the answers
import-several-blocks = two answer blocks { "{" }…{ "}" } in one question (Moodle's Cloze format, not GIFT): not imported; make one question per block
import-aiken-answer = answer “{ $answer }” is not the letter of a choice (write for example “ANSWER: B”), question not imported
import-aiken-no-answer = question without an “ANSWER:” line (upper case, for example “ANSWER: B”) before the next question, not imported
import-aiken-not-started = choice or “ANSWER:” line with no question above it, ignored
import-aiken-same-letter = two choices have the letter “{ $letter }”: give each choice its own letter (A, B, C…), question not imported
import-partial-wrong = the answer “{ $answer }” was worth { $percent } % in Moodle; diagnum has no partial points here: it counts as wrong (its feedback is kept)
import-unequal-weights = the right choices did not weigh the same (%…%): here each counts the same (scoring = "partial")
import-several-right = several answers marked =: Moodle wants any one of them; here the person must tick all the right ones (“multiple” question)
import-catch-all = answer “*” (any other answer): no equivalent, its feedback is lost
import-punctuation = the answer “{ $answer }” is made of signs only: punctuation counts for this question (tolerance = { "{" } punctuation = false { "}" })
import-media = { $kind ->
        [image] { $count } picture(s) removed, replaced by [image]
        [sound] { $count } sound(s) removed, replaced by [sound]
        [video] { $count } video(s) removed, replaced by [video]
       *[other] { $count } embedded item(s) removed, replaced by [embedded content]
    }: diagnum shows text only; say in words what is to be seen or heard, or remove the question
import-missing-blank-line = no blank line before this question: it is imported on its own, but Moodle would glue it to the previous one; add a blank line in the original file
import-late-feedback = general feedback (####) written after the closing brace: taken as the explanation; in Moodle it goes before the { "}" }
import-encoding = file read as { $encoding } (it was not UTF-8): check the accents in the bank written
import-mark-image = image
import-mark-sound = sound
import-mark-video = video
import-mark-embed = embedded content
import-nothing = No question could be imported from “{ $path }”.
import-summary = { $questions } question(s) imported.{ $skipped ->
        [0] {""}
       *[other] {" "}Not imported: { $skipped } item(s) (types diagnum lacks, texts without a question, errors), see the lines above.
    }{ $changed ->
        [0] {""}
       *[other] {" "}To read again: { $changed } remark(s) on imported questions.
    }{ $formatted ->
        [0] {""}
       *[other] {" "}Formatting (HTML, Markdown) turned into text in { $formatted } question(s).
    }{ $errors ->
        [0] {""}
       *[other] {" "}And { $errors } error(s) in the bank written: run diagnum check.
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
