"""Twilio's real async HTTP client, pointed at a fake REST API on 127.0.0.1 (the network edge)."""

from twilio.http.async_http_client import AsyncTwilioHttpClient


class LoopbackTwilioHttpClient(AsyncTwilioHttpClient):
    """Twilio's own aiohttp transport, pointed at the fake API instead of api.twilio.com."""

    def __init__(self, base_url: str):
        super().__init__()
        self.base_url = base_url

    async def request(self, method, url, *args, **kwargs):
        return await super().request(
            method, url.replace("https://api.twilio.com", self.base_url), *args, **kwargs
        )
