# Build: docker build -t timpora .   Run: see docker-compose.yml
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp -q dependency:go-offline
COPY src src
RUN ./mvnw -B -ntp -q package -DskipTests && cp target/timpora-*.jar /app.jar

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 timpora
USER timpora
COPY --from=build /app.jar /app/timpora.jar
EXPOSE 8080
# A fixed heap keeps several nodes predictable on one host; structured (ECS JSON) logs for the log collector.
ENV JAVA_TOOL_OPTIONS="-Xms256m -Xmx768m -XX:+UseG1GC -XX:+ExitOnOutOfMemoryError" \
    LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs
# Health for orchestrators and load balancers: GET /actuator/health (public, no details).
ENTRYPOINT ["java", "-jar", "/app/timpora.jar"]
