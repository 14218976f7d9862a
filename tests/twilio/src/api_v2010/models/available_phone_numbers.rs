//! The types of the `AvailablePhoneNumbers` resources.
/// The `api.v2010.account.available_phone_number_country.available_phone_number_local` resource.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AvailablePhoneNumberLocal {
    /// A formatted version of the phone number.
    pub friendly_name: Option<String>,
    /// The phone number in [E.164](https://www.twilio.com/docs/glossary/what-e164) format, which consists of a + followed by the country code and subscriber number.
    pub phone_number: Option<String>,
    /// The [LATA](https://en.wikipedia.org/wiki/Local_access_and_transport_area) of this phone number. Available for only phone numbers from the US and Canada.
    pub lata: Option<String>,
    /// The locality or city of this phone number's location.
    pub locality: Option<String>,
    /// The [rate center](https://en.wikipedia.org/wiki/Telephone_exchange) of this phone number. Available for only phone numbers from the US and Canada.
    pub rate_center: Option<String>,
    /// The latitude of this phone number's location. Available for only phone numbers from the US and Canada.
    pub latitude: Option<f64>,
    /// The longitude of this phone number's location. Available for only phone numbers from the US and Canada.
    pub longitude: Option<f64>,
    /// The two-letter state or province abbreviation of this phone number's location. Available for only phone numbers from the US and Canada.
    pub region: Option<String>,
    /// The postal or ZIP code of this phone number's location. Available for only phone numbers from the US and Canada.
    pub postal_code: Option<String>,
    /// The [ISO country code](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2) of this phone number.
    pub iso_country: Option<String>,
    /// The type of [Address](https://www.twilio.com/docs/usage/api/address) resource the phone number requires. Can be: `none`, `any`, `local`, or `foreign`. `none` means no address is required. `any` means an address is required, but it can be anywhere in the world. `local` means an address in the phone number's country is required. `foreign` means an address outside of the phone number's country is required.
    pub address_requirements: Option<String>,
    /// Whether the phone number is new to the Twilio platform. Can be: `true` or `false`.
    pub beta: Option<bool>,
    /// The set of Boolean properties that indicate whether a phone number can receive calls or messages.  Capabilities are: `Voice`, `SMS`, and `MMS` and each capability can be: `true` or `false`.
    pub capabilities: Option<serde_json::Value>,
}
impl crate::formats::lenient::Fields for AvailablePhoneNumberLocal {
    fn read<'de, M: crate::formats::lenient::Member<'de>>(
        &mut self,
        key: &str,
        member: M,
    ) -> Result<(), M::Error> {
        match key {
            "friendly_name" => member.value(&mut self.friendly_name),
            "phone_number" => member.value(&mut self.phone_number),
            "lata" => member.value(&mut self.lata),
            "locality" => member.value(&mut self.locality),
            "rate_center" => member.value(&mut self.rate_center),
            "latitude" => member.value(&mut self.latitude),
            "longitude" => member.value(&mut self.longitude),
            "region" => member.value(&mut self.region),
            "postal_code" => member.value(&mut self.postal_code),
            "iso_country" => member.value(&mut self.iso_country),
            "address_requirements" => member.value(&mut self.address_requirements),
            "beta" => member.value(&mut self.beta),
            "capabilities" => member.value(&mut self.capabilities),
            _ => member.skip(),
        }
    }
}
impl<'de> serde::Deserialize<'de> for AvailablePhoneNumberLocal {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::formats::lenient::object(deserializer)
    }
}
impl serde::Serialize for AvailablePhoneNumberLocal {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = crate::formats::lenient::Writer::new(
            serializer,
            "AvailablePhoneNumberLocal",
            13,
        )?;
        out.value("friendly_name", &self.friendly_name)?;
        out.value("phone_number", &self.phone_number)?;
        out.value("lata", &self.lata)?;
        out.value("locality", &self.locality)?;
        out.value("rate_center", &self.rate_center)?;
        out.value("latitude", &self.latitude)?;
        out.value("longitude", &self.longitude)?;
        out.value("region", &self.region)?;
        out.value("postal_code", &self.postal_code)?;
        out.value("iso_country", &self.iso_country)?;
        out.value("address_requirements", &self.address_requirements)?;
        out.value("beta", &self.beta)?;
        out.value("capabilities", &self.capabilities)?;
        out.end()
    }
}
/// The `ListAvailablePhoneNumberLocalResponse` object.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListAvailablePhoneNumberLocalResponseBody {
    /// The `end` field.
    pub end: Option<i64>,
    /// The `first_page_uri` field.
    pub first_page_uri: Option<String>,
    /// The `next_page_uri` field.
    pub next_page_uri: Option<String>,
    /// The `page` field.
    pub page: Option<i64>,
    /// The `page_size` field.
    pub page_size: Option<i64>,
    /// The `previous_page_uri` field.
    pub previous_page_uri: Option<String>,
    /// The `start` field.
    pub start: Option<i64>,
    /// The `uri` field.
    pub uri: Option<String>,
    /// The `available_phone_numbers` field.
    pub available_phone_numbers: Option<
        Vec<crate::api_v2010::AvailablePhoneNumberLocal>,
    >,
}
impl crate::formats::lenient::Fields for ListAvailablePhoneNumberLocalResponseBody {
    fn read<'de, M: crate::formats::lenient::Member<'de>>(
        &mut self,
        key: &str,
        member: M,
    ) -> Result<(), M::Error> {
        match key {
            "end" => member.value(&mut self.end),
            "first_page_uri" => member.value(&mut self.first_page_uri),
            "next_page_uri" => member.value(&mut self.next_page_uri),
            "page" => member.value(&mut self.page),
            "page_size" => member.value(&mut self.page_size),
            "previous_page_uri" => member.value(&mut self.previous_page_uri),
            "start" => member.value(&mut self.start),
            "uri" => member.value(&mut self.uri),
            "available_phone_numbers" => member.list(&mut self.available_phone_numbers),
            _ => member.skip(),
        }
    }
}
impl<'de> serde::Deserialize<'de> for ListAvailablePhoneNumberLocalResponseBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::formats::lenient::object(deserializer)
    }
}
impl serde::Serialize for ListAvailablePhoneNumberLocalResponseBody {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = crate::formats::lenient::Writer::new(
            serializer,
            "ListAvailablePhoneNumberLocalResponseBody",
            9,
        )?;
        out.value("end", &self.end)?;
        out.value("first_page_uri", &self.first_page_uri)?;
        out.value("next_page_uri", &self.next_page_uri)?;
        out.value("page", &self.page)?;
        out.value("page_size", &self.page_size)?;
        out.value("previous_page_uri", &self.previous_page_uri)?;
        out.value("start", &self.start)?;
        out.value("uri", &self.uri)?;
        out.list("available_phone_numbers", &self.available_phone_numbers)?;
        out.end()
    }
}
