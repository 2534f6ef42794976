# Runtime image for the jar built by ./mvnw package (docker compose builds it after that step).
FROM eclipse-temurin:25-jre
WORKDIR /app
COPY target/clientele.jar /app/clientele.jar
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/clientele.jar"]
