# The platform in a container: Liberty with the application, data on a volume.
#   docker build -t myhomecontrol .
#   docker run -p 7777:7777 -p 7443:7443 -v homecontrol-data:/var/lib/myhomecontrol/data \
#     -e HOMECONTROL_ADMIN_PASSWORD=... -e keystore_password=... myhomecontrol
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
COPY pom.xml .
COPY src src
COPY liberty liberty
COPY batch-jobs batch-jobs
# The build's server.env holds a keystore password generated on the build machine: it must not
# ship in the image. The container gets its own through the environment.
RUN mvn -B -DskipTests package liberty:create liberty:deploy \
 && cd target/liberty/wlp/usr/servers/homecontrol \
 && rm -rf server.env resources/security logs workarea apps/expanded

FROM eclipse-temurin:17-jre
RUN useradd --system --create-home --home-dir /var/lib/myhomecontrol homecontrol \
 && mkdir -p /var/lib/myhomecontrol/data && chown homecontrol /var/lib/myhomecontrol/data
COPY --from=build --chown=homecontrol /build/target/liberty/wlp /opt/wlp
USER homecontrol
ENV SERVER_WORKING_DIR=/var/lib/myhomecontrol \
    HOMECONTROL_DATA_DIR=/var/lib/myhomecontrol/data
VOLUME /var/lib/myhomecontrol/data
EXPOSE 7777 7443
CMD ["/opt/wlp/bin/server", "run", "homecontrol"]
