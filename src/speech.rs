//! Read aloud, for people who read with difficulty: the question on screen and its choices,
//! the results and the trainings, spoken by an offline voice the computer already has.
//!
//! Pure, and tested on plain strings: what to say for a screen (`script`) and how to write
//! it so that a voice says it well (`words`: "@", "e-mail", "FALC", "1,99 €", addresses…).
//! With side effects: which voice this computer has (`voice`: espeak-ng, espeak or spd-say
//! on Linux, `say` on macOS, Windows' own voices through PowerShell, or `DIAGNUM_SPEECH`),
//! and the reading itself (`speaker`): a process that reads its standard input, started
//! without waiting for it and killed when the screen changes.

pub mod script;
pub mod speaker;
pub mod voice;
pub mod words;

pub use speaker::{Silence, Speaker};
pub use voice::Engine;

/// How fast the voice speaks, in percent of its own normal speed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rate(u16);

impl Rate {
    pub const MIN: u16 = 50;
    pub const MAX: u16 = 200;
    /// Slower than the voices' normal speed: a beginner follows better, and needs to.
    pub const DEFAULT: Rate = Rate(80);

    pub fn new(percent: u16) -> Option<Rate> {
        (Rate::MIN..=Rate::MAX)
            .contains(&percent)
            .then_some(Rate(percent))
    }

    pub fn percent(self) -> u16 {
        self.0
    }

    /// espeak-ng, espeak and macOS `say` count words per minute, 175 being their normal.
    pub fn words_per_minute(self) -> u16 {
        175 * self.0 / 100
    }

    /// speech-dispatcher: -100 (slowest) to +100, 0 being normal.
    pub fn spd(self) -> i16 {
        (i16::try_from(self.0).unwrap_or(i16::MAX) - 100).clamp(-100, 100)
    }

    /// Windows' voices (SAPI): -10 to +10, each end about three times slower or faster.
    pub fn sapi(self) -> i8 {
        let steps = 10.0 * (f64::from(self.0) / 100.0).ln() / 3f64.ln();
        steps.round().clamp(-10.0, 10.0) as i8
    }
}

impl Default for Rate {
    fn default() -> Self {
        Rate::DEFAULT
    }
}

/// What a front end is given to read aloud with: the voice found (if any), its speed, and
/// whether each new question is read without asking (`--speak`, the kiosk's `speak`).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Setup {
    pub engine: Option<Engine>,
    pub rate: Rate,
    pub auto: bool,
}

impl Setup {
    /// No voice, nothing read: the tests' default, and what a command without reading uses.
    pub fn off() -> Setup {
        Setup::default()
    }

    /// The voice of this computer (or `DIAGNUM_SPEECH`'s), with the speed and mode asked.
    pub fn detect(auto: bool, rate: Rate) -> Setup {
        Setup {
            engine: voice::detect(),
            rate,
            auto,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rates_map_to_each_engine_scale() {
        assert_eq!(Rate::new(49), None);
        assert_eq!(Rate::new(201), None);
        let slow = Rate::DEFAULT;
        assert_eq!(slow.words_per_minute(), 140);
        assert_eq!(slow.spd(), -20);
        assert_eq!(slow.sapi(), -2);
        let normal = Rate::new(100).unwrap();
        assert_eq!(
            (normal.words_per_minute(), normal.spd(), normal.sapi()),
            (175, 0, 0)
        );
        let fast = Rate::new(200).unwrap();
        assert_eq!((fast.spd(), fast.sapi()), (100, 6));
        assert_eq!(Rate::new(50).unwrap().sapi(), -6);
    }
}
