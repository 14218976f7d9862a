//! The types of the `SafeList` resources.
/// The `verify.v2.safelist` resource.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct Safelist {
    /// The unique string that we created to identify the SafeList resource.
    pub sid: Option<crate::SafelistSid>,
    /// The phone number in SafeList.
    pub phone_number: Option<String>,
    /// The absolute URL of the SafeList resource.
    pub url: Option<String>,
}
impl crate::formats::lenient::Fields for Safelist {
    fn read<'de, M: crate::formats::lenient::Member<'de>>(
        &mut self,
        key: &str,
        member: M,
    ) -> Result<(), M::Error> {
        match key {
            "sid" => member.value(&mut self.sid),
            "phone_number" => member.value(&mut self.phone_number),
            "url" => member.value(&mut self.url),
            _ => member.skip(),
        }
    }
}
impl<'de> serde::Deserialize<'de> for Safelist {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::formats::lenient::object(deserializer)
    }
}
impl serde::Serialize for Safelist {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = crate::formats::lenient::Writer::new(serializer, "Safelist", 3)?;
        out.value("sid", &self.sid)?;
        out.value("phone_number", &self.phone_number)?;
        out.value("url", &self.url)?;
        out.end()
    }
}
