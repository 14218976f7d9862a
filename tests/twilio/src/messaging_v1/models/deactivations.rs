//! The types of the `Deactivations` resources.
/// The `messaging.v1.deactivation` resource.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct Deactivation {
    /// Returns an authenticated url that redirects to a file containing the deactivated numbers for the requested day. This url is valid for up to two minutes.
    pub redirect_to: Option<String>,
}
impl crate::formats::lenient::Fields for Deactivation {
    fn read<'de, M: crate::formats::lenient::Member<'de>>(
        &mut self,
        key: &str,
        member: M,
    ) -> Result<(), M::Error> {
        match key {
            "redirect_to" => member.value(&mut self.redirect_to),
            _ => member.skip(),
        }
    }
}
impl<'de> serde::Deserialize<'de> for Deactivation {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::formats::lenient::object(deserializer)
    }
}
impl serde::Serialize for Deactivation {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = crate::formats::lenient::Writer::new(
            serializer,
            "Deactivation",
            1,
        )?;
        out.value("redirect_to", &self.redirect_to)?;
        out.end()
    }
}
