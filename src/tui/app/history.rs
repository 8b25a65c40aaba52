//! `diagnum results` in full screen: the médiateur picks a stored session and reads it,
//! prints its fiche, or writes the whole list to a CSV file for the funder.

use std::path::PathBuf;

use super::{App, Field, Msg, Paging, Screen};
use crate::outputs::{export, fiche, listing, printer};
use crate::records::history::{self, Stored};

/// How many lines PageUp and PageDown move the selection in the list.
const LIST_PAGE: usize = 10;

impl App {
    pub(super) fn update_history(&mut self, msg: Msg) {
        if self.update_naming(msg) {
            return;
        }
        let n = self.history.len();
        let last = n.saturating_sub(1);
        match (self.screen, msg) {
            (Screen::History, Msg::Up) => self.selected = self.selected.saturating_sub(1),
            (Screen::History, Msg::Down) => self.selected = (self.selected + 1).min(last),
            (Screen::History, Msg::Pick(i)) if i < n => self.selected = i,
            (Screen::History, Msg::Page(p)) => {
                self.selected = match p {
                    Paging::Up => self.selected.saturating_sub(LIST_PAGE),
                    Paging::Down => (self.selected + LIST_PAGE).min(last),
                    Paging::Home => 0,
                    Paging::End => last,
                };
            }
            (Screen::History, Msg::Validate) if n > 0 => self.open_detail(),
            // One fiche at a time: a second I while the first is on its way does nothing.
            (_, Msg::Print) if n > 0 && self.printing.is_none() => self.print_selected(),
            (_, Msg::Export) if self.store.is_some() => {
                self.naming = Some((Field::ExportPath, self.default_export_path()));
            }
            (Screen::Stored, Msg::Up) => self.scroll = self.scroll.saturating_sub(1),
            (Screen::Stored, Msg::Down) => self.scroll = self.scroll.saturating_add(1),
            (Screen::Stored, Msg::ScrollTo(line)) => self.scroll = line,
            (Screen::Stored, Msg::Back) => self.screen = Screen::History,
            _ => {}
        }
    }

    /// Reads the selected session: its text is worked out once, answers included (its
    /// bank is read again for them).
    fn open_detail(&mut self) {
        self.detail = Some(match self.selected_session() {
            Ok(st) => listing::show_text(&st, self.library.as_ref(), &self.tr),
            Err(why) => why,
        });
        self.screen = Screen::Stored;
        self.scroll = 0;
    }

    /// The selected session read in full (the list holds only its row), with its partial
    /// result worked out when it is unfinished.
    fn selected_session(&self) -> Result<Stored, String> {
        let row = self
            .history
            .get(self.selected)
            .ok_or_else(|| self.tr.t("results-none"))?;
        let mut st = history::load(row.entry.clone()).map_err(|e| {
            self.tr
                .t_args("store-read-failed", &[("error", self.tr.io(&e).into())])
        })?;
        if let Some(lib) = &self.library {
            st.fill_partial(lib);
        }
        Ok(st)
    }

    /// Sends the selected session's fiche to the printer, as `results print --printer`
    /// does; says how it went.
    fn print_selected(&mut self) {
        let st = match self.selected_session() {
            Ok(st) => st,
            Err(why) => {
                self.message = Some(why);
                return;
            }
        };
        let tr = fiche::session_tr(&st, self.tr);
        self.message = Some(match fiche::build(&st, None, &tr) {
            // `lp` can take seconds (a printer far away): it runs beside the screen.
            Some(f) => {
                let text = fiche::text(&f, &tr);
                self.printing = Some(printer::Job::start(&printer::lp(), &[], text, self.tr));
                self.tr.t("printer-pending")
            }
            None => self.tr.t("results-none"),
        });
    }

    /// The printer's answer, once it has come, in place of "sending…".
    pub(super) fn check_printer(&mut self) {
        if let Some(done) = self.printing.as_ref().and_then(printer::Job::poll) {
            self.printing = None;
            let (Ok(said) | Err(said)) = done;
            self.message = Some(said.trim_end().to_string());
        }
    }

    /// `<data folder>/diagnum-export-2026-12-01.csv`: beside the sessions, never in them.
    fn default_export_path(&self) -> String {
        let dir = self
            .store
            .as_ref()
            .and_then(|s| s.root().parent())
            .map(PathBuf::from)
            .unwrap_or_default();
        let name = format!("diagnum-export-{}.csv", self.clock.now().date().iso());
        dir.join(name).display().to_string()
    }

    /// Writes every stored session as `results export` does, to the path typed; says
    /// where, or why not.
    pub(super) fn write_export(&mut self, path: Option<&str>) {
        let (Some(store), Some(path)) = (&self.store, path) else {
            return;
        };
        let path = PathBuf::from(path);
        self.message = Some(match export::write_csv(store, &path, &self.tr) {
            Ok(done) => done,
            Err(why) => why,
        });
    }
}
