//! Which device the person uses, asked by the program itself before the bank's questions
//! when the bank says so (`ask_device = true`), and what that leaves out: a person with only
//! a phone is never asked how to double-click, nor sent to "Découvrir l'ordinateur".
//!
//! The question is the program's, not the bank's: written in the Fluent files, in the
//! bank's language, answered like any single choice, journalled like any answer (so a
//! resumed session replays it), never scored and never "to review".

use crate::bank::{Choice, Device, Question, QuestionKind, Training};
use crate::diagnostic::answer::Answer;
use crate::i18n::{Lang, fixed};

/// The id of the device question in journals. Bank ids cannot hold `_`: it never collides.
pub const QUESTION_ID: &str = "_device";

/// What the person said they use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DeviceUse {
    /// A computer (maybe a phone too, but they chose the computer).
    Computer,
    /// A phone or a tablet, no computer.
    PhoneOnly,
    /// Both. Also "je ne sais pas".
    Both,
    /// Neither: they have never used one.
    Neither,
}

impl DeviceUse {
    /// In the order the choices are shown (and stored: the answer is a choice index).
    pub const ALL: [DeviceUse; 4] = [
        DeviceUse::Computer,
        DeviceUse::PhoneOnly,
        DeviceUse::Both,
        DeviceUse::Neither,
    ];

    /// The answer to the device question. "Je ne sais pas" (or anything unexpected, from an
    /// edited journal) means both: nothing is left out that the person might use.
    pub fn from_answer(a: &Answer) -> DeviceUse {
        match a {
            Answer::Choices(c) if c.len() == 1 => {
                DeviceUse::ALL.get(c[0]).copied().unwrap_or(DeviceUse::Both)
            }
            _ => DeviceUse::Both,
        }
    }

    /// Whether a question written for `device` is asked. A question for everyone always
    /// is. A phone-only person gets the phone questions and never the computer ones;
    /// everyone else gets the computer ones and not the phone ones, which are the touch
    /// variants of the same gestures. "Neither" is taught on the lieu's computers first,
    /// so the computer variants are the ones to ask.
    pub fn asks(self, device: Option<Device>) -> bool {
        match device {
            None => true,
            Some(Device::Phone) => self == DeviceUse::PhoneOnly,
            Some(Device::Computer) => self != DeviceUse::PhoneOnly,
        }
    }

    /// Whether a training suits this person: a phone-only person is never sent to a
    /// computer-only training, a computer-only person never to a phone-only one.
    pub fn fits(self, t: &Training) -> bool {
        match (self, t.device) {
            (_, None) | (DeviceUse::Both | DeviceUse::Neither, _) => true,
            (DeviceUse::PhoneOnly, Some(d)) => d == Device::Phone,
            (DeviceUse::Computer, Some(d)) => d == Device::Computer,
        }
    }

    /// The device this person's trainings should be about, when there is one.
    pub fn only(self) -> Option<Device> {
        match self {
            DeviceUse::Computer => Some(Device::Computer),
            DeviceUse::PhoneOnly => Some(Device::Phone),
            DeviceUse::Both | DeviceUse::Neither => None,
        }
    }
}

/// The device question, in the bank's language (French when the program does not have it).
pub fn question(bank_lang: &str) -> Question {
    let lang = Lang::parse(bank_lang).unwrap_or_default();
    let choices = [
        "device-computer",
        "device-phone-only",
        "device-both",
        "device-neither",
    ]
    .iter()
    .map(|id| Choice {
        text: fixed(lang, id),
        text_falc: None,
        // Nothing is right or wrong here; it is never scored.
        correct: false,
        feedback: None,
    })
    .collect();
    Question {
        id: QUESTION_ID.to_string(),
        competences: vec![],
        tube: None,
        level: 1,
        prompt: fixed(lang, "device-prompt"),
        prompt_falc: Some(fixed(lang, "device-prompt-falc")),
        explanation: None,
        device: None,
        kind: QuestionKind::Single {
            choices,
            shuffle: false,
        },
    }
}

/// Whether this question is the program's device question.
pub fn is_device_question(q: &Question) -> bool {
    q.id == QUESTION_ID
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_phone_only_person_is_never_asked_computer_questions() {
        use DeviceUse::*;
        assert!(PhoneOnly.asks(Some(Device::Phone)));
        assert!(!PhoneOnly.asks(Some(Device::Computer)));
        for u in [Computer, Both, Neither] {
            assert!(u.asks(Some(Device::Computer)), "{u:?}");
            assert!(!u.asks(Some(Device::Phone)), "{u:?}");
        }
        assert!(DeviceUse::ALL.iter().all(|u| u.asks(None)));
    }

    #[test]
    fn dont_know_means_both_and_the_question_is_worded_in_the_bank_language() {
        assert_eq!(DeviceUse::from_answer(&Answer::DontKnow), DeviceUse::Both);
        assert_eq!(
            DeviceUse::from_answer(&Answer::Choices(vec![1])),
            DeviceUse::PhoneOnly
        );
        assert_eq!(
            DeviceUse::from_answer(&Answer::Choices(vec![9])),
            DeviceUse::Both
        );
        let fr = question("fr");
        let en = question("en");
        assert_ne!(fr.prompt, en.prompt);
        assert_eq!(fr.kind.choices().len(), 4);
        assert!(!fr.prompt.starts_with('['), "{}", fr.prompt);
        assert!(is_device_question(&fr));
    }
}
