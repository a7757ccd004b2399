# Stand-in for eclipse-temurin:17-jdk, for machines that reach Debian's packages but no image registry.
# BASE is the debootstrapped Debian image; certs/ holds the host's locally added CA certificates, so that Maven inside
# the build trusts what the host trusts.
ARG BASE
FROM ${BASE}
COPY certs/ /usr/local/share/ca-certificates/
RUN apt-get update -qq \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        openjdk-17-jdk-headless ca-certificates curl \
 && update-ca-certificates \
 && rm -rf /var/lib/apt/lists/*
ENV JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64
