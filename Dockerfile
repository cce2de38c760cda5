# The platform in a container: the minified Liberty of the runnable jar with the application, run
# as an unprivileged user, data on the volume /app/data. Configured by the environment only:
#   docker build -t myhomecontrol .
#   docker run -d -p 7777:7777 -p 7443:7443 -v myhomecontrol-data:/app/data \
#     -e HOMECONTROL_ADMIN_PASSWORD=... -e keystore_password=... myhomecontrol
# docs/deployment.md has the rest; docker-compose.yml and deploy/myhomecontrol/ run it with compose.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
COPY pom.xml .
COPY src src
COPY liberty liberty
COPY batch-jobs batch-jobs
# verify with -DskipTests builds target/myhomecontrol.jar (pom.xml, execution runnable-jar): a
# minified Liberty from Maven Central's runtime zip, without any keystore password or build
# machine's setting. Unpacked, its wlp folder is the server of the image; jar keeps no file modes.
RUN mvn -B -DskipTests verify \
 && mkdir /server && cd /server \
 && jar xf /build/target/myhomecontrol.jar wlp \
 && chmod 755 wlp/bin/server wlp/bin/securityUtility

FROM eclipse-temurin:17-jre
# A fixed uid, so that a host folder mounted at /app/data can be given to it (chown 10001). /app/config
# is for a devices file that several servers share (deploy/cluster).
RUN useradd --system --uid 10001 --home-dir /app --create-home homecontrol \
 && mkdir /app/data /app/config && chown homecontrol /app/data /app/config
# Liberty writes its logs, workarea, expanded war and generated keys into the server's folder.
COPY --from=build --chown=homecontrol /server/wlp /opt/wlp
USER homecontrol
WORKDIR /app
ENV SERVER_WORKING_DIR=/app \
    HOMECONTROL_DATA_DIR=/app/data
VOLUME /app/data
EXPOSE 7777 7443
# curl comes with the Temurin image; the port is read when the check runs, so HTTP_PORT may move it.
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --retries=3 \
    CMD curl -fsS -o /dev/null "http://localhost:${HTTP_PORT:-7777}/health/ready" || exit 1
CMD ["/opt/wlp/bin/server", "run", "homecontrol"]
