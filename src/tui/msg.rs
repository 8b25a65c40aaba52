//! What keys and clicks become: the messages `App::update` applies.

use crate::diagnostic::abilities::Pressed;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Msg {
    Up,
    Down,
    /// A digit key or a click on a line: display position (0-based).
    Pick(usize),
    /// The 0 key or a click on "Je ne sais pas": moves there, Enter then answers it.
    PickDontKnow,
    Toggle,
    /// Enter: acts on what has the focus (validates, ticks, takes or puts down).
    Validate,
    /// The "Valider" button: records the answer as it stands, whatever has the focus.
    Submit,
    /// Scrolls a long text to this line (Enter on a text that goes on below).
    ScrollTo(u16),
    /// From the results straight to the trainings, however much text is left.
    NextScreen,
    Back,
    DontKnow,
    Input(char),
    /// Backspace: the character before the caret.
    Erase,
    /// Delete: the character after the caret.
    EraseForward,
    /// ← → Home End in a typed answer.
    Caret(CaretMove),
    AskQuit,
    ConfirmSwitch,
    ConfirmActivate,
    ConfirmCancel,
    /// A click on one of the dialog's buttons.
    ConfirmPick(ConfirmFocus),
    ToggleMediator,
    ToggleFalc,
    /// A key task: any key but Échap is an answer.
    Press(Pressed),
    /// A click task: a left-button press at a cell, at a time (ms, for double clicks).
    Click {
        column: u16,
        row: u16,
        at_ms: u64,
    },
    /// A click task on a terminal where the mouse does not work: not evaluated.
    NoMouse,
    /// The terminal's size, to know where a click target is drawn.
    Resize(u16, u16),
    /// Resume screen: close the selected session as abandoned.
    Abandon,
    /// Resume screen: decide later, go on to the picker.
    Later,
    /// Intro: start typing the optional name (pseudonym or file number).
    EditName,
    /// Intro: start typing the person's commune or postal code.
    EditCommune,
    /// Intro: choose the person's age band from the list.
    EditAge,
    /// Stored results: print the selected session's fiche.
    Print,
    /// Stored results: write the list as a CSV file (its path typed first).
    Export,
    /// PageUp, PageDown, Home, End on a long text or a list.
    Page(Paging),
    /// A notice of the front end around the app (the kiosk), until the next key.
    Notice(Option<&'static str>),
    /// Removes the notice without acting on the screen.
    ClearNotice,
    /// L or the "Écouter" button: reads the screen aloud, or stops reading it.
    ReadAloud,
    /// Time passes while the app waits for something (a fiche at the printer).
    Tick,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConfirmFocus {
    Continue,
    Quit,
}

/// Where the caret of a typed answer goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CaretMove {
    Left,
    Right,
    Home,
    End,
}

/// How far PageUp, PageDown, Home and End move.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Paging {
    Up,
    Down,
    Home,
    End,
}
