package dev.relay.deploy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Kubernetes' API types, as fabric8 generates them from the API's OpenAPI schema: a manifest read into its type
 * must have the right value types (Jackson refuses a string where a number goes), and every field it has must be
 * one the type knows. fabric8 keeps fields it does not know in each object's {@code additionalProperties};
 * {@link #unknownFields} finds them, so a misspelt or misplaced field is named with its path.
 */
final class ApiTypes {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, Class<?>> TYPES = Map.of(
      "Deployment", Deployment.class,
      "Service", Service.class,
      "ConfigMap", ConfigMap.class,
      "PodDisruptionBudget", PodDisruptionBudget.class,
      "NetworkPolicy", NetworkPolicy.class);

  private ApiTypes() {
  }

  /** Whether the document's kind is one of the built-in types checked here (custom resources are not). */
  static boolean knows(Map<String, Object> document) {
    return TYPES.containsKey((String) document.get("kind"));
  }

  /** The fields of {@code document} its type does not have, with their paths; fails on a wrongly typed value. */
  static List<String> unknownFields(Map<String, Object> document) {
    String kind = (String) document.get("kind");
    Object model = JSON.convertValue(document, TYPES.get(kind));
    List<String> unknown = new ArrayList<>();
    walk(model, kind, unknown, Collections.newSetFromMap(new IdentityHashMap<>()));
    return unknown;
  }

  private static void walk(Object node, String path, List<String> unknown, Set<Object> seen) {
    if (node == null || !seen.add(node)) {
      return;
    }
    if (node instanceof Collection<?> items) {
      int i = 0;
      for (Object item : items) {
        walk(item, path + "[" + i++ + "]", unknown, seen);
      }
    } else if (node instanceof Map<?, ?> map) {
      map.forEach((key, value) -> walk(value, path + "." + key, unknown, seen));
    } else if (node.getClass().getName().startsWith("io.fabric8.")) {
      for (Method getter : node.getClass().getMethods()) {
        if (isGetter(getter)) {
          Object value = invoke(getter, node);
          if (getter.getName().equals("getAdditionalProperties")) {
            if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
              unknown.add(path + ": " + extra.keySet());
            }
          } else {
            walk(value, path + "." + field(getter), unknown, seen);
          }
        }
      }
    }
  }

  private static boolean isGetter(Method method) {
    return method.getParameterCount() == 0 && !Modifier.isStatic(method.getModifiers())
        && method.getDeclaringClass() != Object.class && method.getName().startsWith("get");
  }

  private static String field(Method getter) {
    String name = getter.getName().substring(3);
    return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  private static Object invoke(Method getter, Object target) {
    try {
      return getter.invoke(target);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new AssertionError("cannot read " + getter, e);
    }
  }
}
