# Read aloud: what the voice says (in the bank's language), and how it should say what it
# would read badly.

# What is read of a screen.
speech-choice = Answer { $n }: { $text }
speech-item = Number { $n }: { $text }
speech-several = Several answers are possible.
speech-order = Put these items in the right order.
speech-write = Write your answer.
speech-type-model = The text to type: { $text }
speech-result = Your result: { $palier }.
speech-training = Training { $n }: { $text }

# What the screen says when nothing can be read.
notice-no-voice = No voice on this computer to read aloud. The mediator can install espeak-ng (see the guide).
notice-speech-failed = Reading aloud could not start.
plain-no-voice = (No voice on this computer to read aloud: the questions stay written.)

# Words said instead of signs and acronyms.
speech-at = at
speech-dot = dot
speech-slash = slash
speech-underscore = underscore
speech-www = w w w
speech-email = e-mail
speech-emails = e-mails
speech-mail = mail
speech-mails = mails
speech-wifi = Wi-Fi
speech-falc = easy to read
speech-number-sign = number
speech-gap = blank
speech-first-m = first
speech-first-f = first
speech-euro-sign = euros
speech-euros = { $euros } { $euros ->
    [one] euro
   *[other] euros
}
speech-euros-cents = { $euros } { $euros ->
    [one] euro
   *[other] euros
} { $cents }
speech-cents = { $cents } cents
