package dev.precis;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * OpenNLP model files name the factory class that reads them (the {@code factory} entry of the
 * model's manifest) and instantiate it reflectively; a native image must keep those classes and
 * their constructors.
 */
@RegisterForReflection(targets = {
        opennlp.tools.sentdetect.SentenceDetectorFactory.class,
        opennlp.tools.langdetect.LanguageDetectorFactory.class,
        opennlp.tools.util.BaseToolFactory.class
})
final class OpenNlpReflection {

    private OpenNlpReflection() {
    }
}
