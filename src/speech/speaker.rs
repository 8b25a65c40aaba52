//! The reading: the voice's process started with the text on its standard input, never
//! waited for by the screen. A small thread writes the text, then looks every few
//! milliseconds whether the process has ended, and reaps it (no zombie is left behind).
//! Stopping kills the process: a second press of L, a new screen, the person leaving.

use std::io::{self, Write};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;

use super::Setup;
use super::script::Script;
use super::voice::CommandLine;

/// How often the reading thread looks whether the voice has finished.
const POLL: Duration = Duration::from_millis(50);

/// Why nothing is being read.
#[derive(Debug)]
pub enum Silence {
    /// No voice on this computer (or `DIAGNUM_SPEECH` set empty).
    NoVoice,
    /// The voice's program could not be started.
    Failed(io::Error),
}

/// Reads aloud, one text at a time.
#[derive(Debug)]
pub struct Speaker {
    setup: Setup,
    reading: Option<Reading>,
}

#[derive(Debug)]
struct Reading {
    child: Arc<Mutex<Child>>,
    /// Set by the reading thread once the process has ended and been reaped.
    done: Arc<AtomicBool>,
    pid: u32,
}

impl Speaker {
    pub fn new(setup: Setup) -> Speaker {
        Speaker {
            setup,
            reading: None,
        }
    }

    /// Whether each new question is read without asking.
    pub fn auto(&self) -> bool {
        self.setup.auto
    }

    pub fn has_voice(&self) -> bool {
        self.setup.engine.is_some()
    }

    /// Starts reading `script`, after stopping what was being read. Returns at once.
    pub fn say(&mut self, script: &Script) -> Result<(), Silence> {
        self.stop();
        let engine = self.setup.engine.as_ref().ok_or(Silence::NoVoice)?;
        let command = engine.command(script.lang, self.setup.rate);
        // Ended by a newline: some voices read line by line.
        let text = script.text() + "\n";
        let reading = Reading::start(&command, text).map_err(Silence::Failed)?;
        self.reading = Some(reading);
        Ok(())
    }

    /// Stops the reading, if any: the voice's process is killed and reaped.
    pub fn stop(&mut self) {
        if let Some(r) = self.reading.take() {
            r.stop();
        }
    }

    /// Whether a reading is still going on.
    pub fn speaking(&self) -> bool {
        self.reading
            .as_ref()
            .is_some_and(|r| !r.done.load(Ordering::Acquire))
    }

    /// Waits until the reading ends (the line-by-line mode's last words, before it exits).
    pub fn wait(&mut self) {
        if let Some(r) = self.reading.take()
            && let Ok(mut child) = r.child.lock()
        {
            let _ = child.wait();
        }
    }

    /// The process reading now, if any.
    pub fn pid(&self) -> Option<u32> {
        self.reading.as_ref().map(|r| r.pid)
    }
}

impl Drop for Speaker {
    fn drop(&mut self) {
        self.stop();
    }
}

impl Reading {
    fn start(c: &CommandLine, text: String) -> io::Result<Reading> {
        let mut command = Command::new(&c.program);
        command
            .args(&c.args)
            .envs(c.env.iter().map(|(k, v)| (k, v)))
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        #[cfg(windows)]
        {
            // CREATE_NO_WINDOW: PowerShell runs without a console of its own, and without
            // touching ours.
            use std::os::windows::process::CommandExt;
            command.creation_flags(0x0800_0000);
        }
        let mut child = command.spawn()?;
        let input = child.stdin.take();
        let pid = child.id();
        let child = Arc::new(Mutex::new(child));
        let done = Arc::new(AtomicBool::new(false));
        let (watched, finished) = (Arc::clone(&child), Arc::clone(&done));
        let thread = thread::Builder::new().name("speech".into()).spawn(move || {
            if let Some(mut input) = input {
                // Killed before the end: the write fails, which is fine.
                let _ = input.write_all(text.as_bytes());
            }
            // The input is closed here: the voice reads to its end, then exits.
            loop {
                let running = watched
                    .lock()
                    .is_ok_and(|mut c| matches!(c.try_wait(), Ok(None)));
                if !running {
                    break;
                }
                thread::sleep(POLL);
            }
            finished.store(true, Ordering::Release);
        });
        let reading = Reading { child, done, pid };
        if let Err(e) = thread {
            reading.stop();
            return Err(e);
        }
        Ok(reading)
    }

    fn stop(&self) {
        if let Ok(mut c) = self.child.lock() {
            if matches!(c.try_wait(), Ok(None)) {
                let _ = c.kill();
            }
            let _ = c.wait();
        }
    }
}

#[cfg(all(test, unix))]
mod tests;
