package com.myhomecontrol.weather.boundary;

import com.myhomecontrol.platform.boundary.MeasuredRequest;
import com.myhomecontrol.platform.control.JsonBodyReader;
import com.myhomecontrol.platform.control.TimestampParser;
import com.myhomecontrol.platform.entity.WriteReceipt;
import com.myhomecontrol.weather.control.WeatherReadingParser;
import com.myhomecontrol.weather.control.WeatherReadingStore;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.io.InputStream;

@Path("weather/readings")
@RequestScoped
public class WeatherReadingsResource {

    @Inject
    JsonBodyReader bodyReader;

    @Inject
    TimestampParser timestamps;

    @Inject
    WeatherReadingStore store;

    /** One reading or an array of up to 10,000, stored all or nothing; answered once committed. */
    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @MeasuredRequest(operation = "ingest", kind = "weather")
    public WriteReceipt store(InputStream body) {
        var readings = new WeatherReadingParser(timestamps).parse(bodyReader.read(body));
        store.store(readings);
        return new WriteReceipt(readings.size());
    }
}
