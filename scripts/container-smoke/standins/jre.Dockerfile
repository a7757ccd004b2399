# Stand-in for eclipse-temurin:17-jre: a Java 17 runtime, bash, curl for the health check, useradd.
ARG BASE
FROM ${BASE}
COPY certs/ /usr/local/share/ca-certificates/
RUN apt-get update -qq \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        openjdk-17-jre-headless ca-certificates curl passwd \
 && update-ca-certificates \
 && rm -rf /var/lib/apt/lists/*
ENV JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64
