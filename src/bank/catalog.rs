//! Training catalogues: the local offer of ateliers that banks orient into. A lieu edits
//! its own catalogue; several banks share it by id.

use super::checker::{Checker, finish};
use super::parse;
use super::raw::{RawCatalogMeta, RawLieu, RawTraining};
use super::{CATALOG_SCHEMA, Catalog, Loaded, ProblemKind as K, Service, Training};
use crate::text::clean;

/// What looking a catalogue id up gave.
#[derive(Debug, Clone)]
pub enum CatalogLookup {
    Found(Catalog),
    /// The file exists but has errors; its path, to run `diagnum check` on it.
    Invalid(String),
    Missing,
}

const SECTIONS: &[&str] = &["schema", "catalog", "trainings"];

pub fn parse_catalog(src: &str) -> Loaded<Catalog> {
    let mut p = Vec::new();
    let catalog = parse::document(src, &mut p).and_then(|root| {
        parse::schema(&root, CATALOG_SCHEMA, &mut p);
        parse::known_sections(&root, SECTIONS, &mut p);
        let meta: Option<RawCatalogMeta> = parse::table(&root, "catalog", &mut p);
        let (raw, _): (Vec<RawTraining>, _) = parse::array(&root, "trainings", &mut p);
        let meta = meta?;
        let mut v = Checker::new(&mut p, Default::default());
        v.id(&meta.id);
        v.text(&meta.title, "title");
        let trainings = check_trainings(&mut v, raw);
        if let Some(l) = &meta.lieu {
            lieu_placeholders(&mut v, l);
        }
        Some(Catalog {
            id: meta.id.into_inner(),
            title: clean(meta.title.get_ref()),
            version: meta.version,
            lieu: meta.lieu.map(|l| super::Lieu {
                name: clean(&l.name),
                address: clean(&l.address),
                phone: clean(&l.phone),
                email: clean(&l.email),
                hours: clean(&l.hours),
            }),
            trainings,
        })
    });
    finish(catalog, p)
}

pub(super) fn check_trainings(v: &mut Checker<'_>, raw: Vec<RawTraining>) -> Vec<Training> {
    v.unique(raw.iter().map(|t| &t.id));
    raw.into_iter()
        .map(|t| {
            v.text(&t.title, "title");
            let level = *t.aptic_level.get_ref();
            if !(1..=3).contains(&level) {
                v.err(
                    Some(t.aptic_level.span()),
                    K::AptiCLevel {
                        level: level.into(),
                    },
                );
            }
            if *t.duration_minutes.get_ref() == 0 {
                v.err(Some(t.duration_minutes.span()), K::ZeroDuration);
            }
            if let Some(s) = t.sessions.as_ref().filter(|s| *s.get_ref() == 0) {
                v.err(Some(s.span()), K::ZeroDuration);
            }
            let service = training_service(v, &t);
            for (field, text) in [
                ("title", t.title.get_ref()),
                ("description", &t.description),
                ("place", &t.place),
                ("contact", &t.contact),
            ] {
                if crate::text::is_placeholder(text) {
                    v.warn(
                        Some(t.id.span()),
                        K::Placeholder {
                            field: format!("{} ({field})", t.id.get_ref()),
                        },
                    );
                }
            }
            Training {
                id: t.id.into_inner(),
                title: clean(t.title.get_ref()),
                description: clean(&t.description),
                sessions: t.sessions.map_or(1, toml::Spanned::into_inner),
                duration_minutes: t.duration_minutes.into_inner(),
                aptic_level: level,
                cheques: t.cheques,
                service,
                place: clean(&t.place),
                contact: clean(&t.contact),
                device: t.device,
            }
        })
        .collect()
}

/// The training's service: `service`, or the old `category` read as one (with a warning
/// naming the line to write instead). Neither is an error.
fn training_service(v: &mut Checker<'_>, t: &RawTraining) -> Service {
    match (&t.service, &t.category) {
        (Some(s), _) => *s.get_ref(),
        (None, Some(c)) => {
            let service = c.get_ref().service();
            let old = serde_json::to_value(c.get_ref())
                .ok()
                .and_then(|x| x.as_str().map(str::to_string))
                .unwrap_or_default();
            v.warn(
                Some(c.span()),
                K::LegacyCategory {
                    category: old,
                    service: service.id().to_string(),
                },
            );
            service
        }
        (None, None) => {
            v.err(Some(t.id.span()), K::MissingService);
            Service::OutilsDuQuotidien
        }
    }
}

/// `[catalog.lieu]` texts still "À ADAPTER": the person never sees them, `check` says so.
fn lieu_placeholders(v: &mut Checker<'_>, l: &RawLieu) {
    for (field, text) in [
        ("name", &l.name),
        ("address", &l.address),
        ("phone", &l.phone),
        ("email", &l.email),
        ("hours", &l.hours),
    ] {
        if crate::text::is_placeholder(text) {
            v.warn(
                None,
                K::Placeholder {
                    field: format!("[catalog.lieu] {field}"),
                },
            );
        }
    }
}
