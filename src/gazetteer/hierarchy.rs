//! Where places lie: a city in its province, a province in its country, and
//! the regions the gazetteer lists beside the provinces they are made of.

use crate::mentions::PlaceMention;
use crate::model::{Place, PlaceKind};

/// What places are compared by, from a place mention or a written place.
#[derive(Clone, Copy)]
pub(crate) struct PlaceKey<'a> {
    pub name: &'a str,
    pub kind: PlaceKind,
    pub country: Option<&'a str>,
    pub admin1: Option<&'a str>,
}

impl<'a> From<&'a PlaceMention> for PlaceKey<'a> {
    fn from(p: &'a PlaceMention) -> Self {
        PlaceKey {
            name: &p.name,
            kind: p.kind,
            country: p.country.as_deref(),
            admin1: p.admin1.as_deref(),
        }
    }
}

impl<'a> From<&'a Place> for PlaceKey<'a> {
    fn from(p: &'a Place) -> Self {
        PlaceKey {
            name: &p.name,
            kind: p.kind,
            country: p.country.as_deref(),
            admin1: p.admin1.as_deref(),
        }
    }
}

/// Whether `p` lies inside `q` by the gazetteer's hierarchy (a city in a
/// province).
pub(crate) fn inside(p: PlaceKey<'_>, q: PlaceKey<'_>) -> bool {
    match q.kind {
        PlaceKind::Country => p.country == q.country && p.kind != PlaceKind::Country,
        PlaceKind::Admin1 => {
            (p.admin1 == Some(q.name) && p.kind == PlaceKind::City)
                || p.admin1.is_some_and(|a| admin1_within(a, q.name))
        }
        _ => false,
    }
}

/// Regions the gazetteer lists as first-level divisions beside the
/// provinces they are made of: "in Erbil, Kurdistan Region" is one place.
const REGIONS: &[(&str, &[&str])] = &[(
    "Kurdistan Region",
    &[
        "Erbil Province",
        "Duhok Province",
        "Sulaymaniyah Province",
        "Halabja Province",
    ],
)];

/// Whether first-level division `a` lies in region `region`.
fn admin1_within(a: &str, region: &str) -> bool {
    a != region
        && REGIONS
            .iter()
            .any(|&(r, members)| r == region && members.contains(&a))
}
