# Stand-in for the official postgres image: Debian's PostgreSQL 15 with an entry point that honours the same
# POSTGRES_USER, POSTGRES_PASSWORD, POSTGRES_DB and PGDATA, takes "postgres -c ..." as its command, and logs
# "database system is ready to accept connections" twice on a first start (a temporary server for the set-up, then
# the real one), which is what Testcontainers waits for.
ARG BASE
FROM ${BASE}
RUN mkdir -p /etc/postgresql-common \
 && echo 'create_main_cluster = false' > /etc/postgresql-common/createcluster.conf \
 && apt-get update -qq \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql-15 \
 && rm -rf /var/lib/apt/lists/*
ENV PATH=/usr/lib/postgresql/15/bin:$PATH \
    PGDATA=/var/lib/postgresql/data
COPY postgres-entrypoint.sh /usr/local/bin/docker-entrypoint.sh
RUN chmod 0755 /usr/local/bin/docker-entrypoint.sh
VOLUME /var/lib/postgresql/data
STOPSIGNAL SIGINT
EXPOSE 5432
ENTRYPOINT ["/usr/local/bin/docker-entrypoint.sh"]
CMD ["postgres"]
