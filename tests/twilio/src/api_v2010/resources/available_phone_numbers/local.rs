//! The `Local` resources of `AvailablePhoneNumbers`: how to reach their operations, and the operations' parameters.
/// An available phone number and what it contains.
#[derive(Clone)]
pub struct AvailablePhoneNumberContext<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) account_sid: crate::AccountSid,
    pub(crate) country_code: String,
}
impl std::fmt::Debug for AvailablePhoneNumberContext<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AvailablePhoneNumberContext")
            .field("account_sid", &self.account_sid)
            .field("country_code", &self.country_code)
            .finish_non_exhaustive()
    }
}
impl<'a> AvailablePhoneNumberContext<'a> {
    /// The local resources.
    pub fn local(&self) -> crate::api_v2010::LocalList<'a> {
        crate::api_v2010::LocalList {
            client: self.client,
            account_sid: self.account_sid.clone(),
            country_code: self.country_code.clone(),
        }
    }
}
/// The inputs of `ListAvailablePhoneNumberLocal`: required ones go to [`ListAvailablePhoneNumberLocalParams::new`], optional ones have setters.
#[derive(Clone, Default)]
#[cfg_attr(feature = "cli", derive(clap::Args))]
#[must_use]
#[non_exhaustive]
pub struct ListAvailablePhoneNumberLocalParams {
    /// The area code of the phone numbers to read
    #[cfg_attr(feature = "cli", arg(long))]
    pub area_code: Option<i64>,
    /// Matching pattern to identify phone numbers
    #[cfg_attr(feature = "cli", arg(long))]
    pub contains: Option<String>,
    /// Whether the phone numbers can receive text messages
    #[cfg_attr(feature = "cli", arg(long, action = clap::ArgAction::Set))]
    pub sms_enabled: Option<bool>,
    /// Whether the phone numbers can receive MMS messages
    #[cfg_attr(feature = "cli", arg(long, action = clap::ArgAction::Set))]
    pub mms_enabled: Option<bool>,
    /// Whether the phone numbers can receive calls
    #[cfg_attr(feature = "cli", arg(long, action = clap::ArgAction::Set))]
    pub voice_enabled: Option<bool>,
    /// Whether to exclude phone numbers that require an Address
    #[cfg_attr(feature = "cli", arg(long, action = clap::ArgAction::Set))]
    pub exclude_all_address_required: Option<bool>,
    /// Whether to exclude phone numbers that require a local Address
    #[cfg_attr(feature = "cli", arg(long, action = clap::ArgAction::Set))]
    pub exclude_local_address_required: Option<bool>,
    /// Whether to exclude phone numbers that require a foreign Address
    #[cfg_attr(feature = "cli", arg(long, action = clap::ArgAction::Set))]
    pub exclude_foreign_address_required: Option<bool>,
    /// Whether to read phone numbers that are new to the Twilio platform
    #[cfg_attr(feature = "cli", arg(long, action = clap::ArgAction::Set))]
    pub beta: Option<bool>,
    /// Given a phone number, find a geographically close number within `distance` miles
    #[cfg_attr(feature = "cli", arg(long))]
    pub near_number: Option<String>,
    /// Given a latitude/longitude pair `lat,long` find geographically close numbers within `distance` miles
    #[cfg_attr(feature = "cli", arg(long))]
    pub near_lat_long: Option<String>,
    /// The search radius, in miles, for a `near_` query
    #[cfg_attr(feature = "cli", arg(long))]
    pub distance: Option<i64>,
    /// Limit results to a particular postal code
    #[cfg_attr(feature = "cli", arg(long))]
    pub in_postal_code: Option<String>,
    /// Limit results to a particular region, state, or province
    #[cfg_attr(feature = "cli", arg(long))]
    pub in_region: Option<String>,
    /// Limit results to a specific rate center, or given a phone number search within the same rate center as that number
    #[cfg_attr(feature = "cli", arg(long))]
    pub in_rate_center: Option<String>,
    /// Limit results to a specific local access and transport area (LATA)
    #[cfg_attr(feature = "cli", arg(long))]
    pub in_lata: Option<String>,
    /// Limit results to a particular locality or city
    #[cfg_attr(feature = "cli", arg(long))]
    pub in_locality: Option<String>,
    /// Whether the phone numbers can receive faxes
    #[cfg_attr(feature = "cli", arg(long, action = clap::ArgAction::Set))]
    pub fax_enabled: Option<bool>,
    /// How many resources to return in each list page
    #[cfg_attr(feature = "cli", arg(long))]
    pub page_size: Option<i64>,
    /// The page index
    #[cfg_attr(feature = "cli", arg(long))]
    pub page: Option<i64>,
    /// The page token
    #[cfg_attr(feature = "cli", arg(long))]
    pub page_token: Option<String>,
    #[cfg_attr(feature = "cli", arg(skip))]
    limit: Option<usize>,
}
/// Shows every input but those that hold secrets (passwords, secrets, tokens).
impl std::fmt::Debug for ListAvailablePhoneNumberLocalParams {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ListAvailablePhoneNumberLocalParams")
            .field("area_code", &self.area_code)
            .field("contains", &self.contains)
            .field("sms_enabled", &self.sms_enabled)
            .field("mms_enabled", &self.mms_enabled)
            .field("voice_enabled", &self.voice_enabled)
            .field("exclude_all_address_required", &self.exclude_all_address_required)
            .field(
                "exclude_local_address_required",
                &self.exclude_local_address_required,
            )
            .field(
                "exclude_foreign_address_required",
                &self.exclude_foreign_address_required,
            )
            .field("beta", &self.beta)
            .field("near_number", &self.near_number)
            .field("near_lat_long", &self.near_lat_long)
            .field("distance", &self.distance)
            .field("in_postal_code", &self.in_postal_code)
            .field("in_region", &self.in_region)
            .field("in_rate_center", &self.in_rate_center)
            .field("in_lata", &self.in_lata)
            .field("in_locality", &self.in_locality)
            .field("fax_enabled", &self.fax_enabled)
            .field("page_size", &self.page_size)
            .field("page", &self.page)
            .field(
                "page_token",
                &self.page_token.as_ref().map(|_| crate::support::Redacted),
            )
            .field("limit", &self.limit)
            .finish()
    }
}
#[cfg(feature = "mock")]
impl crate::mock::Inputs for ListAvailablePhoneNumberLocalParams {
    fn read(request: &crate::mock::Incoming) -> Result<Self, String> {
        Ok(Self {
            area_code: request
                .opt(crate::mock::Place::Query, "AreaCode", crate::mock::value)?,
            contains: request
                .opt(crate::mock::Place::Query, "Contains", crate::mock::value)?,
            sms_enabled: request
                .opt(crate::mock::Place::Query, "SmsEnabled", crate::mock::value)?,
            mms_enabled: request
                .opt(crate::mock::Place::Query, "MmsEnabled", crate::mock::value)?,
            voice_enabled: request
                .opt(crate::mock::Place::Query, "VoiceEnabled", crate::mock::value)?,
            exclude_all_address_required: request
                .opt(
                    crate::mock::Place::Query,
                    "ExcludeAllAddressRequired",
                    crate::mock::value,
                )?,
            exclude_local_address_required: request
                .opt(
                    crate::mock::Place::Query,
                    "ExcludeLocalAddressRequired",
                    crate::mock::value,
                )?,
            exclude_foreign_address_required: request
                .opt(
                    crate::mock::Place::Query,
                    "ExcludeForeignAddressRequired",
                    crate::mock::value,
                )?,
            beta: request.opt(crate::mock::Place::Query, "Beta", crate::mock::value)?,
            near_number: request
                .opt(crate::mock::Place::Query, "NearNumber", crate::mock::value)?,
            near_lat_long: request
                .opt(crate::mock::Place::Query, "NearLatLong", crate::mock::value)?,
            distance: request
                .opt(crate::mock::Place::Query, "Distance", crate::mock::value)?,
            in_postal_code: request
                .opt(crate::mock::Place::Query, "InPostalCode", crate::mock::value)?,
            in_region: request
                .opt(crate::mock::Place::Query, "InRegion", crate::mock::value)?,
            in_rate_center: request
                .opt(crate::mock::Place::Query, "InRateCenter", crate::mock::value)?,
            in_lata: request
                .opt(crate::mock::Place::Query, "InLata", crate::mock::value)?,
            in_locality: request
                .opt(crate::mock::Place::Query, "InLocality", crate::mock::value)?,
            fax_enabled: request
                .opt(crate::mock::Place::Query, "FaxEnabled", crate::mock::value)?,
            page_size: request
                .opt(crate::mock::Place::Query, "PageSize", crate::mock::value)?,
            page: request.opt(crate::mock::Place::Query, "Page", crate::mock::value)?,
            page_token: request
                .opt(crate::mock::Place::Query, "PageToken", crate::mock::value)?,
            limit: None,
        })
    }
}
impl ListAvailablePhoneNumberLocalParams {
    /// No input is required; set optional ones with the setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }
    /// The area code of the phone numbers to read. Applies to only phone numbers in the US and Canada.
    pub fn area_code(mut self, value: i64) -> Self {
        self.area_code = Some(value);
        self
    }
    /// Matching pattern to identify phone numbers. This pattern can be between 2 and 16 characters long and allows all digits (0-9) and all non-diacritic latin alphabet letters (a-z, A-Z). It accepts four meta-characters: `*`, `%`, `+`, `$`. The `*` and `%` meta-characters can appear multiple times in the pattern. To match wildcards at the beginning or end of the pattern, use `*` to match any single character or `%` to match a sequence of characters. If you use the wildcard patterns, it must include at least two non-meta-characters, and wildcards cannot be used between non-meta-characters. To match the beginning of a pattern, start the pattern with `+`. To match the end of the pattern, append the pattern with `$`. These meta-characters can't be adjacent to each other.
    pub fn contains(mut self, value: impl Into<String>) -> Self {
        self.contains = Some(value.into());
        self
    }
    /// Whether the phone numbers can receive text messages. Can be: `true` or `false`.
    pub fn sms_enabled(mut self, value: bool) -> Self {
        self.sms_enabled = Some(value);
        self
    }
    /// Whether the phone numbers can receive MMS messages. Can be: `true` or `false`.
    pub fn mms_enabled(mut self, value: bool) -> Self {
        self.mms_enabled = Some(value);
        self
    }
    /// Whether the phone numbers can receive calls. Can be: `true` or `false`.
    pub fn voice_enabled(mut self, value: bool) -> Self {
        self.voice_enabled = Some(value);
        self
    }
    /// Whether to exclude phone numbers that require an [Address](https://www.twilio.com/docs/usage/api/address). Can be: `true` or `false` and the default is `false`.
    pub fn exclude_all_address_required(mut self, value: bool) -> Self {
        self.exclude_all_address_required = Some(value);
        self
    }
    /// Whether to exclude phone numbers that require a local [Address](https://www.twilio.com/docs/usage/api/address). Can be: `true` or `false` and the default is `false`.
    pub fn exclude_local_address_required(mut self, value: bool) -> Self {
        self.exclude_local_address_required = Some(value);
        self
    }
    /// Whether to exclude phone numbers that require a foreign [Address](https://www.twilio.com/docs/usage/api/address). Can be: `true` or `false` and the default is `false`.
    pub fn exclude_foreign_address_required(mut self, value: bool) -> Self {
        self.exclude_foreign_address_required = Some(value);
        self
    }
    /// Whether to read phone numbers that are new to the Twilio platform. Can be: `true` or `false` and the default is `true`.
    pub fn beta(mut self, value: bool) -> Self {
        self.beta = Some(value);
        self
    }
    /// Given a phone number, find a geographically close number within `distance` miles. Distance defaults to 25 miles. Applies to only phone numbers in the US and Canada.
    pub fn near_number(mut self, value: impl Into<String>) -> Self {
        self.near_number = Some(value.into());
        self
    }
    /// Given a latitude/longitude pair `lat,long` find geographically close numbers within `distance` miles. Applies to only phone numbers in the US and Canada.
    pub fn near_lat_long(mut self, value: impl Into<String>) -> Self {
        self.near_lat_long = Some(value.into());
        self
    }
    /// The search radius, in miles, for a `near_` query.  Can be up to `500` and the default is `25`. Applies to only phone numbers in the US and Canada.
    pub fn distance(mut self, value: i64) -> Self {
        self.distance = Some(value);
        self
    }
    /// Limit results to a particular postal code. Given a phone number, search within the same postal code as that number. Applies to only phone numbers in the US and Canada.
    pub fn in_postal_code(mut self, value: impl Into<String>) -> Self {
        self.in_postal_code = Some(value.into());
        self
    }
    /// Limit results to a particular region, state, or province. Given a phone number, search within the same region as that number. Applies to only phone numbers in the US and Canada.
    pub fn in_region(mut self, value: impl Into<String>) -> Self {
        self.in_region = Some(value.into());
        self
    }
    /// Limit results to a specific rate center, or given a phone number search within the same rate center as that number. Requires `in_lata` to be set as well. Applies to only phone numbers in the US and Canada.
    pub fn in_rate_center(mut self, value: impl Into<String>) -> Self {
        self.in_rate_center = Some(value.into());
        self
    }
    /// Limit results to a specific local access and transport area ([LATA](https://en.wikipedia.org/wiki/Local_access_and_transport_area)). Given a phone number, search within the same [LATA](https://en.wikipedia.org/wiki/Local_access_and_transport_area) as that number. Applies to only phone numbers in the US and Canada.
    pub fn in_lata(mut self, value: impl Into<String>) -> Self {
        self.in_lata = Some(value.into());
        self
    }
    /// Limit results to a particular locality or city. Given a phone number, search within the same Locality as that number.
    pub fn in_locality(mut self, value: impl Into<String>) -> Self {
        self.in_locality = Some(value.into());
        self
    }
    /// Whether the phone numbers can receive faxes. Can be: `true` or `false`.
    pub fn fax_enabled(mut self, value: bool) -> Self {
        self.fax_enabled = Some(value);
        self
    }
    /// How many resources to return in each list page. The default is 50, and the maximum is 1000.
    pub fn page_size(mut self, value: i64) -> Self {
        self.page_size = Some(value);
        self
    }
    /// The page index. This value is simply for client state.
    pub fn page(mut self, value: i64) -> Self {
        self.page = Some(value);
        self
    }
    /// The page token. This is provided by the API.
    pub fn page_token(mut self, value: impl Into<String>) -> Self {
        self.page_token = Some(value.into());
        self
    }
    /// The most items `list` and `stream` return (all without one). No page is asked for
    /// once it is reached, and without a page size the pages are this size (at most
    /// 1000), as Twilio's libraries do.
    pub fn limit(mut self, limit: usize) -> Self {
        self.limit = Some(limit);
        self
    }
    /// Checks every input against the API's rules, before anything is sent.
    fn validate(&self) -> Result<(), crate::Error> {
        crate::formats::check::at_least("PageSize", &self.page_size, 1)?;
        crate::formats::check::at_most("PageSize", &self.page_size, 1000)?;
        crate::formats::check::at_least("Page", &self.page, 0)?;
        Ok(())
    }
    /// The query pairs, in spec order; a list repeats its key.
    fn query_pairs(&self) -> Vec<(&'static str, String)> {
        let mut out = crate::Pairs::default();
        out.add("AreaCode", self.area_code);
        out.add("Contains", &self.contains);
        out.add("SmsEnabled", self.sms_enabled);
        out.add("MmsEnabled", self.mms_enabled);
        out.add("VoiceEnabled", self.voice_enabled);
        out.add("ExcludeAllAddressRequired", self.exclude_all_address_required);
        out.add("ExcludeLocalAddressRequired", self.exclude_local_address_required);
        out.add("ExcludeForeignAddressRequired", self.exclude_foreign_address_required);
        out.add("Beta", self.beta);
        out.add("NearNumber", &self.near_number);
        out.add("NearLatLong", &self.near_lat_long);
        out.add("Distance", self.distance);
        out.add("InPostalCode", &self.in_postal_code);
        out.add("InRegion", &self.in_region);
        out.add("InRateCenter", &self.in_rate_center);
        out.add("InLata", &self.in_lata);
        out.add("InLocality", &self.in_locality);
        out.add("FaxEnabled", self.fax_enabled);
        out.add("PageSize", self.page_size);
        out.add("Page", self.page);
        out.add("PageToken", &self.page_token);
        out.into_vec()
    }
    /// Without a page size, a limit asks for pages of its size (at most 1000).
    fn with_page_size(mut self) -> Self {
        if self.page_size.is_none() && let Some(limit) = self.limit {
            self.page_size = crate::paging::page_size_for(limit);
        }
        self
    }
}
/// The local resources.
#[derive(Clone)]
pub struct LocalList<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) account_sid: crate::AccountSid,
    pub(crate) country_code: String,
}
impl std::fmt::Debug for LocalList<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LocalList")
            .field("account_sid", &self.account_sid)
            .field("country_code", &self.country_code)
            .finish_non_exhaustive()
    }
}
impl<'a> LocalList<'a> {
    /// The `ListAvailablePhoneNumberLocal` operation.
    ///
    /// `GET /2010-04-01/Accounts/{AccountSid}/AvailablePhoneNumbers/{CountryCode}/Local.json` (`ListAvailablePhoneNumberLocal`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    ///
    /// Every item of every page, following each page's link to the next, at most the parameters' [`limit`](crate::api_v2010::ListAvailablePhoneNumberLocalParams::limit) (all without one).
    pub async fn list(
        &self,
        params: crate::api_v2010::ListAvailablePhoneNumberLocalParams,
    ) -> Result<Vec<crate::api_v2010::AvailablePhoneNumberLocal>, crate::Error> {
        let limit = params.limit;
        crate::paging::collect::<
            crate::api_v2010::ListAvailablePhoneNumberLocalResponseBody,
        >(self.client, self.list_request(params), limit)
            .await
    }
    /// The items of [`list`](Self::list) one by one: a page is fetched only when the stream
    /// reaches it, and none once the limit is reached. An error is yielded and ends the
    /// stream.
    pub fn stream(
        &self,
        params: crate::api_v2010::ListAvailablePhoneNumberLocalParams,
    ) -> impl futures_core::Stream<
        Item = Result<crate::api_v2010::AvailablePhoneNumberLocal, crate::Error>,
    > + use<'a> {
        let limit = params.limit;
        crate::paging::items::<
            crate::api_v2010::ListAvailablePhoneNumberLocalResponseBody,
        >(self.client, self.list_request(params), limit)
    }
    /// The first page of [`list`](Self::list), with [`Page::next_page`](crate::paging::Page::next_page) to fetch the next.
    ///
    /// # Errors
    ///
    /// As the list.
    pub async fn page(
        &self,
        params: crate::api_v2010::ListAvailablePhoneNumberLocalParams,
    ) -> Result<
        crate::paging::Page<
            'a,
            crate::api_v2010::ListAvailablePhoneNumberLocalResponseBody,
        >,
        crate::Error,
    > {
        crate::paging::fetch(self.client, self.list_request(params)?).await
    }
    /// The request for the first page.
    fn list_request(
        &self,
        params: crate::api_v2010::ListAvailablePhoneNumberLocalParams,
    ) -> Result<crate::Request, crate::Error> {
        let params = params.with_page_size();
        params.validate()?;
        Ok(crate::Request {
            query: params.query_pairs(),
            ..crate::Request::new(
                reqwest::Method::GET,
                "https://api.twilio.com",
                "/2010-04-01/Accounts/{AccountSid}/AvailablePhoneNumbers/{CountryCode}/Local.json",
                &[
                    self.account_sid.as_str(),
                    &crate::formats::path_segment(&self.country_code),
                ],
            )
        })
    }
}
impl crate::paging::PageBody
for crate::api_v2010::ListAvailablePhoneNumberLocalResponseBody {
    type Item = crate::api_v2010::AvailablePhoneNumberLocal;
    fn into_parts(
        self,
    ) -> (Vec<crate::api_v2010::AvailablePhoneNumberLocal>, Option<String>) {
        (self.available_phone_numbers.unwrap_or_default(), self.next_page_uri)
    }
}
